using MerchantDesk.Accounts;
using MerchantDesk.Credentials;
using MerchantDesk.Sites;
using MerchantDesk.Storage;
using Telegram.Bot.Types.ReplyMarkups;

namespace MerchantDesk.Telegram;

/// <summary>
/// The site question of the guided dialogue: a button per site the token covers, home site first, each carrying
/// a short random choice id kept in the dialogue's row, so neither a token nor a site id travels in a button.
/// </summary>
public sealed class DialogueSites(StorageAccount storage)
{
    public const string Prefix = "site|";

    /// <summary>Records the choices in <paramref name="dialogue"/> and returns their buttons.</summary>
    public async Task<InlineKeyboardMarkup> OfferAsync(
        DialogueEntity dialogue,
        ApiTokenCaller caller,
        CancellationToken ct)
    {
        var merchants = storage.Table(MerchantTable.Name);
        var (rows, choices) = (new List<InlineKeyboardButton[]>(), new List<string>());
        var siteIds = caller.SiteIds.Order(StringComparer.Ordinal).OrderBy(siteId => siteId != caller.HomeSiteId);
        foreach (var siteId in siteIds)
        {
            if (await merchants.FindSiteAsync(caller.MerchantId, siteId, ct) is { } site)
            {
                var choice = Keys.NewId("c");
                choices.Add(choice + "=" + siteId);
                rows.Add([InlineKeyboardButton.WithCallbackData(site.Name, Prefix + choice)]);
            }
        }

        (dialogue.Step, dialogue.Choices) = (DialogueStep.Site, string.Join(',', choices));
        return new InlineKeyboardMarkup(rows);
    }

    /// <summary>The site of a pressed button; null when the button is not one of this dialogue's.</summary>
    public static string? ChoiceOf(DialogueEntity dialogue, string data) =>
        (dialogue.Choices ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .FirstOrDefault(pair => pair.Length == 2 && Prefix + pair[0] == data)?[1];
}
