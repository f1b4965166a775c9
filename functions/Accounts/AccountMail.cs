using MerchantDesk.Access;
using MerchantDesk.Email;

namespace MerchantDesk.Accounts;

/// <summary>The mails of the account flows: invitations and password resets, each with a one-time link.</summary>
public sealed class AccountMail(MailOutbox queue, ProfileLinks profileLinks)
{
    public Task SendInvitationAsync(
        UserEntity user,
        string companyName,
        string token,
        CancellationToken cancellationToken)
    {
        var mail = new MailBody()
            .Paragraph($"You have been given access to the MerchantDesk Account Profile of {companyName} "
                + $"as {RoleName(user.Role)}.")
            .Paragraph("Follow the link to confirm your email address and choose a password. "
                + $"It works once, within {EmailLinks.LifetimeOf(EmailLinkPurpose.Invitation).TotalDays:0} days.")
            .Link("Confirm email and set password", profileLinks.SetPassword(token))
            .To(user.Email, "Confirm your email for the MerchantDesk Account Profile");
        return queue.EnqueueAsync(mail, cancellationToken);
    }

    public Task SendPasswordResetAsync(UserEntity user, string token, CancellationToken cancellationToken)
    {
        var mail = new MailBody()
            .Paragraph("Somebody, hopefully you, asked to set a new password for your MerchantDesk Account Profile.")
            .Paragraph("Follow the link to choose a new password. It works once, within "
                + $"{EmailLinks.LifetimeOf(EmailLinkPurpose.PasswordReset).TotalMinutes:0} minutes. "
                + "If you did not ask, ignore this email: your password stays as it is.")
            .Link("Set a new password", profileLinks.SetPassword(token))
            .To(user.Email, "Set a new password for the MerchantDesk Account Profile");
        return queue.EnqueueAsync(mail, cancellationToken);
    }

    public static string RoleName(Role role) => role switch
    {
        Role.TechnicalSpecialist => "Technical specialist",
        _ => role.ToString(),
    };
}
