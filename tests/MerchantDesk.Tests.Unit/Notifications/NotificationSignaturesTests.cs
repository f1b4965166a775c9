using System.Security.Cryptography;
using System.Text;
using MerchantDesk.Notifications;

namespace MerchantDesk.Tests.Notifications;

public sealed class NotificationSignaturesTests
{
    [Fact]
    public void Protocol_IssueTestVector_IsTheExpectedLowercaseHex()
    {
        var signature = NotificationSignatures.Protocol(
            "test-merchant-secret-for-signature-check",
            "RUB|1.00|test_bill|test|PAID");

        Assert.Equal("07e0ebb10916d97760c196034105d010607a6c6b7d72bfa1c3451448ac484a3b", signature);
    }

    [Fact]
    public void StandardWebhooks_WhsecKey_SignsIdTimestampAndBodyWithTheDecodedSecret()
    {
        var secret = RandomNumberGenerator.GetBytes(32);
        var key = "whsec_" + Convert.ToBase64String(secret);

        var header = NotificationSignatures.StandardWebhooks(key, "dlv_1", 1_700_000_000, "{\"a\":1}");

        var expected = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("dlv_1.1700000000.{\"a\":1}"));
        Assert.Equal("v1," + Convert.ToBase64String(expected), header);
    }
}
