using System.Globalization;

namespace MerchantDesk.Telegram;

/// <summary>
/// The TelegramChats table holds one partition per chat, so any instance can answer its next message: the
/// chat's binding to an API token, the updates it has handled, the invoices it issued and its
/// guided invoice dialogue.
/// </summary>
public static class ChatTable
{
    public const string Name = "TelegramChats";
    public const string BindingRow = "binding";
    public const string UpdatePrefix = "upd|";
    public const string InvoicePrefix = "inv|";
    public const string DialogueRow = "dialogue";

    public static string PartitionOf(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);
}
