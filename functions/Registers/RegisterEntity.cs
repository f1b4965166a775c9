using System.Globalization;
using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using MerchantDesk.Sites;

namespace MerchantDesk.Registers;

/// <summary>
/// A built register of one site for a range of days, in the site's partition of <see cref="TableName"/>, newest
/// first. Daily registers have an id made from their day, so the timer firing twice names the same register.
/// </summary>
public sealed class RegisterEntity : ITableEntity
{
    public const string TableName = "Registers";
    public const string RowPrefix = "reg|";
    private const string DayFormat = "yyyy-MM-dd";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string RegisterId { get; set; } = "";

    public string MerchantId { get; set; } = "";

    public string ServiceId { get; set; } = "";

    public string SiteId { get; set; } = "";

    public string SiteName { get; set; } = "";

    public RegisterKind Kind { get; set; }

    /// <summary>The first day, as yyyy-MM-dd in the merchant's time zone.</summary>
    public string From { get; set; } = "";

    /// <summary>The last day, included.</summary>
    public string To { get; set; } = "";

    public int Rows { get; set; }

    /// <summary>The size of the stored file: the CSV, or the zip when it was zipped.</summary>
    public long Bytes { get; set; }

    public string BlobName { get; set; } = "";

    public bool Zipped { get; set; }

    /// <summary>The addresses it is mailed to, comma-separated, fixed when it is first built.</summary>
    public string Recipients { get; set; } = "";

    public DateTimeOffset BuiltAt { get; set; }

    [IgnoreDataMember]
    public IReadOnlyList<string> RecipientList => Recipients.Split(',', StringSplitOptions.RemoveEmptyEntries);

    [IgnoreDataMember]
    public string FileName => $"register-{SiteId}-{From}" + (From == To ? "" : "-" + To) + (Zipped ? ".zip" : ".csv");

    [IgnoreDataMember]
    public string ContentType => Zipped ? "application/zip" : "text/csv; charset=utf-8";

    [IgnoreDataMember]
    public DateOnly FirstDay => DateOnly.ParseExact(From, DayFormat, CultureInfo.InvariantCulture);

    [IgnoreDataMember]
    public DateOnly LastDay => DateOnly.ParseExact(To, DayFormat, CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    /// <summary>A register of <paramref name="site"/> not built yet.</summary>
    public static RegisterEntity For(
        SiteEntity site,
        string registerId,
        RegisterKind kind,
        DateOnly from,
        DateOnly to) => new()
        {
            PartitionKey = site.SiteId,
            RowKey = Row(registerId),
            RegisterId = registerId,
            MerchantId = site.PartitionKey,
            ServiceId = site.ServiceId,
            SiteId = site.SiteId,
            SiteName = site.Name,
            Kind = kind,
            From = Day(from),
            To = Day(to),
        };

    public static string Row(string registerId) => RowPrefix + registerId;
}

public enum RegisterKind
{
    /// <summary>Built by the morning timer for the previous day and mailed to the site's mailing lists.</summary>
    Daily,

    /// <summary>Built in the profile for a chosen range of days.</summary>
    OnDemand,
}
