namespace MerchantDesk.Tests.Support;

/// <summary>Reads until an answer is as expected: for what follows the ledger through its event queue.</summary>
public static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The answer of <paramref name="read"/> once <paramref name="done"/> holds; after 30 seconds the test fails
    /// with what <paramref name="describe"/> says of the last answer.
    /// </summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, Func<T, string> describe)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (true)
        {
            var answer = await read();
            if (done(answer))
            {
                return answer;
            }

            Assert.True(DateTime.UtcNow < deadline, describe(answer));
            await Task.Delay(250);
        }
    }
}
