using MerchantDesk.Api;
using MerchantDesk.Transactions.Templates;
using static MerchantDesk.Transactions.TransactionColumns;

namespace MerchantDesk.Tests.Transactions;

public sealed class TemplateRulesTests
{
    [Fact]
    public void Columns_EveryCatalogueColumnReversed_KeepsTheGivenOrder()
    {
        var reversed = All.Reverse().ToList();

        Assert.Equal(reversed, TemplateRules.Columns(reversed));
    }

    [Theory]
    [InlineData("Amount", "api.template.column.unknown")]
    [InlineData("amount,status,amount", "api.template.column.duplicate")]
    [InlineData("dateTime,cardNumber", "api.template.column.unknown")]
    public void Columns_BadColumn_IsRefusedNamingIt(string columns, string errorCode)
    {
        var error = Assert.Throws<ApiException>(() => TemplateRules.Columns(columns.Split(',')));

        Assert.Equal(400, error.Status);
        Assert.Equal(errorCode, error.ErrorCode);
        Assert.Contains($"'{columns.Split(',')[^1]}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_None_IsRefused()
    {
        var error = Assert.Throws<ApiException>(() => TemplateRules.Columns([]));

        Assert.Equal("api.template.columns.empty", error.ErrorCode);
    }

    [Fact]
    public void ColumnsShown_NoTemplate_IsEveryColumnInTheDefaultOrder()
    {
        Assert.Equal(All, TemplateRules.ColumnsShown(null));
    }

    [Fact]
    public void ColumnsShown_OnlyColumnsDroppedFromTheCatalogue_IsEveryColumn()
    {
        var template = new ColumnTemplateEntity { Columns = "oldColumn,olderColumn" };

        Assert.Equal(All, TemplateRules.ColumnsShown(template));
    }

    [Fact]
    public void SameName_DifferentCase_IsTheSameName()
    {
        Assert.True(TemplateRules.SameName("Daily refunds", "DAILY REFUNDS"));
    }
}
