using System.ComponentModel.DataAnnotations;

namespace MerchantDesk.Support;

public sealed class SupportOptions
{
    public const string Section = "Support";

    /// <summary>Where merchants' questions are mailed.</summary>
    [Required, EmailAddress]
    public string Mailbox { get; set; } = "";
}
