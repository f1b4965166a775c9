using System.ComponentModel.DataAnnotations;
using MerchantDesk.Accounts;

namespace MerchantDesk.Operators;

/// <summary>
/// The first operator account, created at start when missing. Later operators, and password changes, are
/// managed in storage; changing these settings does not overwrite an existing operator.
/// </summary>
public sealed class OperatorOptions : IValidatableObject
{
    public const string Section = "Operators";

    public string? BootstrapEmail { get; set; }

    /// <summary>A secret: from Key Vault in Azure, from local.settings.json locally.</summary>
    public string? BootstrapPassword { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Azure passes a setting it has no value for as an empty string: empty means not set.
        if (string.IsNullOrWhiteSpace(BootstrapEmail) != string.IsNullOrEmpty(BootstrapPassword))
        {
            yield return new ValidationResult("set both BootstrapEmail and BootstrapPassword, or neither");
        }
        else if (BootstrapEmail is { Length: > 0 } && !new EmailAddressAttribute().IsValid(BootstrapEmail))
        {
            yield return new ValidationResult("must be an email address", [nameof(BootstrapEmail)]);
        }
        else if (BootstrapEmail is { Length: > 0 }
            && Passwords.ProblemWith(BootstrapPassword, BootstrapEmail) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(BootstrapPassword)]);
        }
    }
}
