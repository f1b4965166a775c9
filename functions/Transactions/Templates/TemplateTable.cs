using MerchantDesk.Access;

namespace MerchantDesk.Transactions.Templates;

/// <summary>
/// Column templates live in a table of their own, one partition per user: a user's templates and the row naming
/// the chosen one commit together in one entity group transaction, and a template is a personal view setting that
/// no change to the merchant's partition ever needs. The merchant id leads the key, so one prefix range finds
/// every template of a merchant.
/// </summary>
public static class TemplateTable
{
    public const string Name = "TransactionTemplates";

    public const string ChoiceRow = "choice";
    public const string TemplatePrefix = "template_";

    public static string PartitionOf(ProfileCaller caller) => caller.MerchantId + "." + caller.UserId;

    public static string TemplateRow(string templateId) => TemplatePrefix + templateId;
}
