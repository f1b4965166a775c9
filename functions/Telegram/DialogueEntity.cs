using Azure;
using Azure.Data.Tables;

namespace MerchantDesk.Telegram;

/// <summary>
/// The chat's guided invoice dialogue: the step it waits for, the invoice so far, and until when it stands.
/// Each change is written with the ETag it was read with, so two instances never both take the same step.
/// </summary>
public sealed class DialogueEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = ChatTable.DialogueRow;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>Carried by the Skip button, so a button of an earlier dialogue is known as stale.</summary>
    public string DialogueId { get; set; } = "";

    public string Step { get; set; } = DialogueStep.Amount;

    public string? Amount { get; set; }

    public string? Comment { get; set; }

    /// <summary>The site buttons' choice ids and their sites, "choice=site,choice=site"; never a token.</summary>
    public string? Choices { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

public static class DialogueStep
{
    public const string Amount = "amount";
    public const string Comment = "comment";
    public const string Site = "site";
}
