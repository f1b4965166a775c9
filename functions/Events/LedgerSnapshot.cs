using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure;
using Azure.Data.Tables;
using MerchantDesk.Api;

namespace MerchantDesk.Events;

/// <summary>
/// An entity's stored properties as JSON: what the table holds, without its ETag, timestamp or the computed
/// properties the table skips, so the snapshot reads back as the same entity.
/// </summary>
public static class LedgerSnapshot
{
    private static readonly JsonSerializerOptions Json = new(MerchantDeskJson.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepStoredPropertiesOnly } },
    };

    public static string Write(ITableEntity entity) => JsonSerializer.Serialize(entity, entity.GetType(), Json);

    public static T Read<T>(string snapshot)
        where T : class, ITableEntity =>
        JsonSerializer.Deserialize<T>(snapshot, Json)
            ?? throw new JsonException($"The snapshot is not a {typeof(T).Name}.");

    private static void KeepStoredPropertiesOnly(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || !type.Type.IsAssignableTo(typeof(ITableEntity)))
        {
            return;
        }

        var skipped = type.Properties.Where(IsNotStored).ToList();
        foreach (var property in skipped)
        {
            type.Properties.Remove(property);
        }
    }

    private static bool IsNotStored(JsonPropertyInfo property) =>
        property.Set is null
        || property.PropertyType == typeof(ETag)
        || property.AttributeProvider is PropertyInfo { Name: nameof(ITableEntity.Timestamp) }
        || property.AttributeProvider?.IsDefined(typeof(IgnoreDataMemberAttribute), inherit: true) == true;
}
