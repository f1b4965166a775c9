using Azure.Data.Tables;
using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.Storage;

namespace MerchantDesk.Transactions.Templates;

/// <summary>
/// Reads a user's templates and commits a change to them in one entity group transaction with a bump of their
/// choice row. Two changes decided on the same templates (two tabs each adding the twentieth) cannot both commit:
/// the second fails on the choice row's ETag, reads again and decides again.
/// </summary>
public sealed class TemplateStore(StorageAccount storage)
{
    private TableClient Templates => storage.Table(TemplateTable.Name);

    /// <param name="decide">Checks and applies the change (throwing an <see cref="ApiException"/> to refuse) and
    /// returns the template row's write, or null when only the choice changes.</param>
    /// <returns>The templates as committed.</returns>
    public async Task<UserTemplates> CommitAsync(
        ProfileCaller caller,
        Func<UserTemplates, TableTransactionAction?> decide,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= OptimisticConcurrency.MaxAttempts; attempt++)
        {
            var templates = await ReadAsync(caller, cancellationToken);
            var write = decide(templates);
            if (await TrySubmitAsync(templates.Choice, write, cancellationToken))
            {
                return templates;
            }
        }

        throw ApiException.Conflict("api.concurrent.update", "Your templates changed too often; try again.");
    }

    public async Task<UserTemplates> ReadAsync(ProfileCaller caller, CancellationToken cancellationToken)
    {
        var partition = TemplateTable.PartitionOf(caller);

        // The choice row is read first: a change to the templates made after this read bumps its ETag, so a
        // decision on a mix of older and newer rows cannot commit.
        var choice = await ChoiceAsync(partition, cancellationToken);
        var templates = await Templates.ReadRowsAsync<ColumnTemplateEntity>(
            partition,
            TemplateTable.TemplatePrefix,
            cancellationToken);
        return new UserTemplates(choice ?? new() { PartitionKey = partition, RowKey = TemplateTable.ChoiceRow },
            templates);
    }

    /// <summary>The chosen template with two point reads, for every page of the transaction list.</summary>
    public async Task<ColumnTemplateEntity?> ChosenAsync(ProfileCaller caller, CancellationToken cancellationToken)
    {
        var partition = TemplateTable.PartitionOf(caller);
        if (await ChoiceAsync(partition, cancellationToken) is not { ChosenTemplateId: { } templateId })
        {
            return null;
        }

        var template = await Templates.GetEntityIfExistsAsync<ColumnTemplateEntity>(
            partition,
            TemplateTable.TemplateRow(templateId),
            cancellationToken: cancellationToken);
        return template.HasValue ? template.Value : null;
    }

    private async Task<ColumnChoiceEntity?> ChoiceAsync(string partition, CancellationToken cancellationToken)
    {
        var choice = await Templates.GetEntityIfExistsAsync<ColumnChoiceEntity>(
            partition,
            TemplateTable.ChoiceRow,
            cancellationToken: cancellationToken);
        return choice.HasValue ? choice.Value : null;
    }

    private async Task<bool> TrySubmitAsync(
        ColumnChoiceEntity choice,
        TableTransactionAction? write,
        CancellationToken cancellationToken)
    {
        var isNew = choice.ETag == default;
        choice.Version++;
        List<TableTransactionAction> transaction =
        [
            isNew
                ? new(TableTransactionActionType.Add, choice)
                : new(TableTransactionActionType.UpdateReplace, choice, choice.ETag),
        ];
        if (write is not null)
        {
            transaction.Add(write);
        }

        try
        {
            await Templates.SubmitTransactionAsync(transaction, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another change to the user's templates won the race (or made their first row): decide again.
            return false;
        }
    }
}
