namespace MerchantDesk.Registers;

/// <param name="SiteId">Only this site's registers; absent for every site of the service.</param>
/// <param name="Addresses">
/// 1 to <see cref="MailingLists.MaxAddresses"/> email addresses; repeats (whatever their case) count once.
/// </param>
public sealed record MailingListRequest(IReadOnlyList<string> Addresses, string? SiteId = null);

/// <param name="SiteId">The one site whose registers the list receives; absent for every site of the service.</param>
public sealed record MailingListView(
    string ListId,
    string ServiceId,
    string? SiteId,
    IReadOnlyList<string> Addresses,
    DateTimeOffset CreatedAt)
{
    public static MailingListView Of(MailingListEntity list) =>
        new(list.ListId, list.ServiceId, list.SiteId, list.AddressList, list.CreatedAt);
}

/// <param name="MaxAddresses">How many addresses one list may hold.</param>
public sealed record MailingListList(IReadOnlyList<MailingListView> Lists, int MaxAddresses);
