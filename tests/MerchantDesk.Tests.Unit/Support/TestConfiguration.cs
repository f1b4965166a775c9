using Microsoft.Extensions.Configuration;

namespace MerchantDesk.Tests.Support;

/// <summary>Settings a valid app starts with; tests override or remove single values.</summary>
public static class TestConfiguration
{
    public static Dictionary<string, string?> ValidSettings() => new()
    {
        ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        ["MerchantDesk:PublicBaseUrl"] = "http://127.0.0.1:7071",
        ["MerchantDesk:TimeZone"] = "Europe/Moscow",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = "2525",
        ["Smtp:Security"] = "None",
        ["Smtp:SenderAddress"] = "noreply@merchantdesk.test",
        ["Support:Mailbox"] = "support@merchantdesk.test",
        ["Secrets:EncryptionKey"] = "TWVyY2hhbnREZXNrIHRlc3Qga2V5LCBub3QgcmVhbCE=",
    };

    public static IConfiguration Build(IDictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
