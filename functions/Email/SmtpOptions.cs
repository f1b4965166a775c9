using System.ComponentModel.DataAnnotations;

namespace MerchantDesk.Email;

/// <summary>The SMTP server mail leaves through: a local server in development, the ACS relay in Azure.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    [Required]
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required, EmailAddress]
    public string SenderAddress { get; set; } = "";

    [Required]
    public string SenderName { get; set; } = "MerchantDesk";
}

/// <summary>How the SMTP connection is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text; only for a local development server.</summary>
    None,

    /// <summary>STARTTLS when the server offers it.</summary>
    Auto,

    /// <summary>STARTTLS required (the ACS relay on port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
