namespace MerchantDesk.Tests.Hosting;

/// <summary>A plausible value for a setting, guessed from how its name ends; null if the name says nothing.</summary>
internal static class SampleSettingValues
{
    private static readonly (string[] Endings, string Value)[] Rules =
    [
        (["Uri", "Url"], "https://merchantdesk.example/"),
        (["Address", "Mailbox", "Email"], "someone@merchantdesk.example"),
        (["Password"], "Correct horse battery staple 7!"),
        (["Port"], "587"),
        (["TimeZone"], "Europe/Moscow"),
        (["Schedule"], "0 0 6 * * *"),
        (["Security"], "StartTls"),
        (["EncryptionKey"], "U2FtcGxlIGtleTogbm90IGZvciBhbnkgcmVhbCB1c2U="),
        (["BotToken"], "123456789:sample-token-not-for-any-real-bot"),
        (["BotUsername"], "merchantdesk_sample_bot"),
    ];

    /// <param name="name">A setting name in either form, "Smtp__Port" or "Smtp:Port".</param>
    public static string? For(string name) =>
        Rules.FirstOrDefault(rule => rule.Endings.Any(ending => EndsWith(name, ending))).Value;

    private static bool EndsWith(string name, string ending) =>
        name.EndsWith(ending, StringComparison.OrdinalIgnoreCase);
}
