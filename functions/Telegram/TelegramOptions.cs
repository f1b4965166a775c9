using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace MerchantDesk.Telegram;

/// <summary>
/// The payment bot. Every setting is optional: without a bot token the app starts without the bot, its webhook
/// answers 503 and the Settings tab offers no Telegram links. With a token, the username and webhook secret must
/// be given too. The token and the secret come from Key Vault in Azure and are never logged.
/// </summary>
public sealed partial class TelegramOptions : IValidatableObject
{
    public const string Section = "Telegram";

    /// <summary>The token BotFather gave, such as <c>123456789:AA…</c>; empty: no bot.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>The bot's username without the @, for t.me links.</summary>
    public string BotUsername { get; set; } = "";

    /// <summary>What Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c>: 1 to 256 of A-Z a-z 0-9 _ -.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>The Bot API server; tests point it at a local stand-in.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public bool IsConfigured => BotToken.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("Telegram:ApiBaseUrl must be an absolute http(s) URL.");
        }

        if (!IsConfigured)
        {
            yield break;
        }

        if (!TokenPattern().IsMatch(BotToken))
        {
            yield return new ValidationResult("Telegram:BotToken is not a bot token from BotFather.");
        }

        if (!UsernamePattern().IsMatch(BotUsername))
        {
            yield return new ValidationResult("Telegram:BotUsername must be the bot's username, 5 to 32 characters.");
        }

        if (!SecretPattern().IsMatch(WebhookSecret))
        {
            yield return new ValidationResult("Telegram:WebhookSecret must be 1 to 256 of A-Z, a-z, 0-9, _ and -.");
        }
    }

    [GeneratedRegex("^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_]{5,32}$")]
    private static partial Regex UsernamePattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
