namespace MerchantDesk.Registers;

/// <summary>
/// A queued register to mail: a site's daily register for <paramref name="Day"/> (built first when missing), or,
/// without a day, an on-demand register already built.
/// </summary>
public sealed record RegisterJob(string MerchantId, string SiteId, string RegisterId, DateOnly? Day = null)
{
    public const string QueueName = "register-mail";

    public static RegisterJob Daily(string merchantId, string siteId, DateOnly day) =>
        new(merchantId, siteId, RegisterIds.Daily(day), day);
}
