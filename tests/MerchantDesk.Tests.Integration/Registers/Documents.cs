using System.Net;
using System.Text;
using MerchantDesk.Hosting;
using MerchantDesk.Registers;
using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;
using MerchantDesk.Tests.Transactions;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Registers;

/// <summary>A shop's Documents tab as its people call it: mailing lists and registers of its sites.</summary>
public sealed class Documents(AppHost app, Shop shop)
{
    public Shop Shop => shop;

    public DateOnly Today => app.Services.GetRequiredService<MerchantCalendar>().Today;

    public string ListsPath => $"profile/services/{shop.Merchant.ServiceId}/register-mailing-lists";

    public string RegistersPath(string? siteId = null) => $"profile/sites/{siteId ?? shop.SiteId}/registers";

    public Task<MailingListView> CreateListAsync(string[] addresses, string? siteId = null) =>
        shop.Profile.PostAsync(ListsPath, new { addresses, siteId })
            .ExpectAsync<MailingListView>(HttpStatusCode.Created);

    public Task<RegisterPage> RegistersAsync(string? siteId = null) =>
        shop.Profile.GetAsync(RegistersPath(siteId)).ExpectAsync<RegisterPage>(HttpStatusCode.OK);

    /// <summary>The register list once <paramref name="done"/> holds; the mail goes out through a queue.</summary>
    public async Task<RegisterView> RegisterWhenAsync(string registerId, Func<RegisterView, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var register = (await RegistersAsync()).Registers.SingleOrDefault(r => r.RegisterId == registerId);
            if (register is not null && done(register))
            {
                return register;
            }

            Assert.True(DateTime.UtcNow < deadline, $"register {registerId} never got there: {register}");
            await Task.Delay(250);
        }
    }

    public Task QueueDailyAsync(DateOnly day, string? siteId = null) =>
        app.Services.GetRequiredService<QueueSender>().SendAsync(
            RegisterJob.QueueName,
            RegisterJob.Daily(shop.Merchant.MerchantId, siteId ?? shop.SiteId, day));

    /// <summary>The CSV's lines, the header first, without the byte order mark.</summary>
    public static string[] Lines(byte[] csv) =>
        Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The line of transaction <paramref name="id"/>, split into fields (these tests quote none).</summary>
    public static string[] Row(string[] lines, string id) =>
        lines.Select(line => line.Split(',')).Single(fields => fields[1] == id);

    public static int Column(string[] lines, string header) => Array.IndexOf(lines[0].Split(','), header);
}
