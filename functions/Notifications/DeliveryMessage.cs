namespace MerchantDesk.Notifications;

/// <summary>
/// The queue message asking for one attempt of a delivery. <paramref name="Attempt"/> is the attempt it asks for,
/// over every round, so a message that comes back after its attempt was recorded is recognised and dropped;
/// <paramref name="Retry"/> is its place in the round's schedule (0 for the round's first attempt).
/// </summary>
public sealed record DeliveryMessage(string SiteId, string DeliveryId, int Round, int Attempt, int Retry);
