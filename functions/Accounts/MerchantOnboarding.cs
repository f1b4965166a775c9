using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.Audit;
using MerchantDesk.Storage;

namespace MerchantDesk.Accounts;

/// <summary>
/// Creates a merchant with its first Administrator and invites that person. Safe to repeat with the same ids:
/// a merchant that already exists is left as it is, so an approval that failed half way can simply be retried.
/// </summary>
public sealed class MerchantOnboarding(
    StorageAccount storage,
    UserDirectory users,
    EmailLinks links,
    AccountMail mail,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task CreateAsync(NewMerchant merchant, string actor, CancellationToken cancellationToken)
    {
        var existing = await users.FindByEmailAsync(merchant.AdministratorEmail, cancellationToken);
        if (existing is not null && existing.MerchantId != merchant.MerchantId)
        {
            throw ApiException.Conflict(
                "api.user.email.taken",
                "The contact email already belongs to an Account Profile user; ask for another address.");
        }

        var administrator = existing ?? NewAdministrator(merchant);
        if (existing is null)
        {
            await users.ClaimEmailAsync(
                merchant.AdministratorEmail,
                merchant.MerchantId,
                administrator.UserId,
                cancellationToken);
            await AddMerchantAndAdministratorAsync(merchant, administrator, cancellationToken);
        }

        var token = await links.IssueAsync(administrator, EmailLinkPurpose.Invitation, cancellationToken);
        await mail.SendInvitationAsync(administrator, merchant.CompanyName, token, cancellationToken);
        await audit.RecordAsync(merchant.MerchantId, AuditEvent.MerchantCreated, actor, administrator.Email,
            merchant.CompanyName, cancellationToken);
    }

    private async Task AddMerchantAndAdministratorAsync(
        NewMerchant merchant,
        UserEntity administrator,
        CancellationToken cancellationToken)
    {
        var profile = new MerchantEntity
        {
            PartitionKey = merchant.MerchantId,
            CompanyName = merchant.CompanyName,
            ApplicationId = merchant.ApplicationId,
            CreatedAt = clock.GetUtcNow(),
        };
        TableTransactionAction[] transaction =
        [
            new(TableTransactionActionType.Add, profile),
            new(TableTransactionActionType.Add, administrator),
        ];
        await storage.Table(MerchantTable.Name).SubmitTransactionAsync(transaction, cancellationToken);
    }

    private UserEntity NewAdministrator(NewMerchant merchant)
    {
        var userId = Keys.NewId("usr");
        return new UserEntity
        {
            PartitionKey = merchant.MerchantId,
            RowKey = MerchantTable.UserRow(userId),
            UserId = userId,
            Email = merchant.AdministratorEmail,
            Role = Role.Administrator,
            State = UserState.Invited,
            SecurityStamp = PasswordService.NewStamp(),
            CreatedAt = clock.GetUtcNow(),
        };
    }
}

/// <summary>What an approved application creates.</summary>
public sealed record NewMerchant(
    string MerchantId,
    string CompanyName,
    string AdministratorEmail,
    string ApplicationId);
