using MerchantDesk.Registers;

namespace MerchantDesk.Tests.Registers;

public sealed class RegisterIdsTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    [Fact]
    public void Daily_SameDay_IsTheSameId()
    {
        Assert.Equal(RegisterIds.Daily(Day), RegisterIds.Daily(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Ids_LaterFirstDay_SortFirst()
    {
        string[] ids =
        [
            RegisterIds.Daily(Day),
            RegisterIds.OnDemand(Day.AddDays(1)),
            RegisterIds.Daily(Day.AddDays(-1)),
        ];

        Assert.Equal([ids[1], ids[0], ids[2]], ids.Order(StringComparer.Ordinal));
    }
}
