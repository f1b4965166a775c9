using Azure;
using Azure.Data.Tables;
using MerchantDesk.Api;

namespace MerchantDesk.Storage;

/// <summary>Changes to entities that concurrent requests may race on, made safe with ETags.</summary>
public static class OptimisticConcurrency
{
    public const int MaxAttempts = 10;

    /// <summary>
    /// Reads the entity, applies <paramref name="change"/> and writes it back only if nobody wrote in between;
    /// otherwise reads again and re-applies, so the change always sees the latest state. The change may throw an
    /// <see cref="ApiException"/> to refuse (a refund larger than what is left, say); nothing is written then.
    /// </summary>
    /// <returns>The entity as stored, or null when it does not exist.</returns>
    public static async Task<T?> UpdateAsync<T>(
        this TableClient table,
        string partitionKey,
        string rowKey,
        Action<T> change,
        CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<T>(
                partitionKey,
                rowKey,
                cancellationToken: cancellationToken);
            if (!current.HasValue || current.Value is not { } entity)
            {
                return null;
            }

            change(entity);
            if (await TryReplaceAsync(table, entity, cancellationToken))
            {
                return entity;
            }
        }

        throw ApiException.Conflict(
            "api.concurrent.update",
            "The record changed too often while it was being updated; try again.");
    }

    /// <summary>Adds the entity unless one with its keys exists; false when it did.</summary>
    public static async Task<bool> TryAddAsync<T>(this TableClient table, T entity, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        try
        {
            var response = await table.AddEntityAsync(entity, cancellationToken);
            entity.ETag = response.Headers.ETag ?? entity.ETag;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409)
        {
            return false;
        }
    }

    private static async Task<bool> TryReplaceAsync<T>(TableClient table, T entity, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        try
        {
            var response = await table.UpdateEntityAsync(
                entity,
                entity.ETag,
                TableUpdateMode.Replace,
                cancellationToken);
            entity.ETag = response.Headers.ETag ?? entity.ETag;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412)
        {
            return false;
        }
    }
}
