using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MerchantDesk.Credentials;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Notifications;

/// <summary>What one POST came to: the receiver's status code, else why it gave none, and how long it took.</summary>
public sealed record PostResult(int? HttpStatus, string? Error, TimeSpan Duration)
{
    /// <summary>Any 2xx: the protocol's receivers answer 200, Standard Webhooks receivers often 204.</summary>
    public bool Succeeded => HttpStatus is >= 200 and <= 299;
}

/// <summary>
/// Posts signed notifications. The connection is made only to an address that passes the notification URL policy
/// at that moment: DNS may have changed since the merchant set the URL, so the address checked is the one
/// connected to. Redirects are not followed; a redirect is a failed attempt.
/// </summary>
public sealed class WebhookPoster : IDisposable
{
    private const string UserAgent = "MerchantDesk-Notifications/1";

    private readonly NotificationOptions _options;
    private readonly NotificationUrlOptions _urls;
    private readonly HostResolver _resolver;
    private readonly TimeProvider _clock;
    private readonly HttpClient _client;

    public WebhookPoster(
        IOptions<NotificationOptions> options,
        IOptions<NotificationUrlOptions> urls,
        HostResolver resolver,
        TimeProvider clock)
    {
        (_options, _urls, _resolver, _clock) = (options.Value, urls.Value, resolver, clock);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = ConnectAsync,
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<PostResult> PostAsync(
        Uri url,
        DeliveryEntity delivery,
        string key,
        CancellationToken cancellationToken)
    {
        var started = _clock.GetTimestamp();
        if (url.Scheme != Uri.UriSchemeHttps && !_urls.AllowHttp)
        {
            return new PostResult(null, "Notifications are sent only over https.", TimeSpan.Zero);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var request = Request(url, delivery, key);
            using var response = await _client.SendAsync(
                request,
                HttpCompletionOption.ResponseHeadersRead,
                timeout.Token);
            return new PostResult((int)response.StatusCode, null, _clock.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var error = $"No answer within {_options.Timeout.TotalSeconds:0.#} s.";
            return new PostResult(null, error, _clock.GetElapsedTime(started));
        }
        catch (HttpRequestException ex)
        {
            return new PostResult(null, ex.InnerException?.Message ?? ex.Message, _clock.GetElapsedTime(started));
        }
    }

    public void Dispose() => _client.Dispose();

    private HttpRequestMessage Request(Uri url, DeliveryEntity delivery, string key)
    {
        var timestamp = _clock.GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        var headers = request.Headers;
        headers.UserAgent.ParseAdd(UserAgent);
        headers.Add(SignatureHeader(delivery.Format), NotificationSignatures.Protocol(key, delivery.SignedFields));
        headers.Add("webhook-id", delivery.DeliveryId);
        headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        headers.Add(
            "webhook-signature",
            NotificationSignatures.StandardWebhooks(key, delivery.DeliveryId, timestamp, delivery.Body));
        return request;
    }

    private static string SignatureHeader(NotificationFormat format) =>
        format == NotificationFormat.P2p ? "X-Api-Signature-SHA256" : "Signature";

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken token)
    {
        var endpoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? [literal]
            : await _resolver.ResolveAsync(endpoint.Host, token);
        var allowed = _urls.AllowPrivateAddresses ? addresses : addresses.Where(NetworkAddresses.IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(
                $"'{endpoint.Host}' resolves to no public address; notifications go only to public addresses.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, token);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
