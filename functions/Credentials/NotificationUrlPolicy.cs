using System.Net;
using System.Net.Sockets;
using MerchantDesk.Api;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Credentials;

/// <summary>
/// Decides whether a merchant may have notifications sent to a URL: absolute, https (http only where
/// <see cref="NotificationUrlOptions.AllowHttp"/>), no credentials in it, and a host that is and resolves only to
/// public addresses (unless <see cref="NotificationUrlOptions.AllowPrivateAddresses"/>). DNS can change after this
/// check, so whatever sends the notifications must check the address it connects to as well.
/// </summary>
public sealed class NotificationUrlPolicy(IOptions<NotificationUrlOptions> options, HostResolver resolver)
{
    private const int MaxLength = 2000;
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The URL to store, or an <see cref="ApiException"/> (400) that says why it is refused.</summary>
    public async Task<Uri> CheckAsync(string url, CancellationToken cancellationToken)
    {
        var uri = Parse(url);
        if (!options.Value.AllowPrivateAddresses)
        {
            await EnsurePublicAsync(uri, cancellationToken);
        }

        return uri;
    }

    private Uri Parse(string url)
    {
        if (url.Length > MaxLength
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http"))
        {
            throw ApiException.BadRequest(
                "api.notification.url.invalid",
                $"The URL must be an absolute https URL of at most {MaxLength} characters.");
        }

        if (uri.Scheme == "http" && !options.Value.AllowHttp)
        {
            throw ApiException.BadRequest("api.notification.url.insecure", "Notifications are sent only over https.");
        }

        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            throw ApiException.BadRequest(
                "api.notification.url.invalid",
                "The URL must not hold a user name, password or fragment; notifications are authenticated by their "
                + "signature.");
        }

        return uri;
    }

    private async Task EnsurePublicAsync(Uri uri, CancellationToken cancellationToken)
    {
        var host = uri.IdnHost.TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            throw NotPublic(host);
        }

        IPAddress[] addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await ResolveAsync(host, cancellationToken);
        if (addresses.Length == 0 || !addresses.All(NetworkAddresses.IsPublic))
        {
            throw NotPublic(host);
        }
    }

    private async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ResolveTimeout);
        try
        {
            return await resolver.ResolveAsync(host, timeout.Token);
        }
        catch (Exception ex) when (ex is SocketException or ArgumentException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw ApiException.BadRequest(
                "api.notification.url.unresolvable",
                $"The host name '{host}' could not be resolved.");
        }
    }

    private static ApiException NotPublic(string host) => ApiException.BadRequest(
        "api.notification.url.private",
        $"'{host}' is, or resolves to, a private, loopback or link-local address; notifications go only to public "
        + "addresses.");
}
