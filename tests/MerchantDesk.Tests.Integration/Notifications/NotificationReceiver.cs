using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Notifications;

/// <summary>One POST the receiver took: its headers, its body, and the status it answered.</summary>
public sealed record ReceivedNotification(IReadOnlyDictionary<string, string> Headers, string Body, int Answered)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public string Header(string name) =>
        Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : throw new KeyNotFoundException(name);

    /// <summary>Checks the protocol signature as a merchant would: lowercase hex HMAC-SHA256 of the fields.</summary>
    public bool HasProtocolSignature(string header, string key, string signedFields)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(signedFields));
        return Header(header) == Convert.ToHexStringLower(mac);
    }

    /// <summary>Checks <c>webhook-signature</c> as a Standard Webhooks library does, with the whsec_ secret.</summary>
    public bool HasWebhookSignature(string key)
    {
        var secret = Convert.FromBase64String(key["whsec_".Length..]);
        var content = $"{Header("webhook-id")}.{Header("webhook-timestamp")}.{Body}";
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(content)));
        return Header("webhook-signature").Split(' ').Contains(expected);
    }
}

/// <summary>
/// A merchant's notification endpoint on 127.0.0.1: records every POST and answers as the test says, by the
/// number of the request (1 for the first), with a status and an optional delay before answering.
/// </summary>
public sealed class NotificationReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<ReceivedNotification> _received = new();
    private int _count;

    private NotificationReceiver(int port)
    {
        Url = new Uri($"http://127.0.0.1:{port}/notifications");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public Uri Url { get; }

    public Func<int, (int Status, TimeSpan Delay)> Answer { get; set; } = _ => (200, TimeSpan.Zero);

    public IReadOnlyList<ReceivedNotification> Received => [.. _received];

    /// <summary>The requests that have come in, answered or not yet.</summary>
    public int Requests => Volatile.Read(ref _count);

    /// <summary>A receiver on <paramref name="port"/>, not listening until <see cref="Start"/>.</summary>
    public static NotificationReceiver On(int port) => new(port);

    public static NotificationReceiver Started() => On(FreePorts.Next()).Start();

    public NotificationReceiver Start()
    {
        _listener.Start();
        _ = Task.Run(ServeAsync);
        return this;
    }

    /// <summary>The first notification <paramref name="match"/> accepts; fails the test after 30 s.</summary>
    public async Task<ReceivedNotification> WaitForAsync(Func<ReceivedNotification, bool> match, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the receiver never got {what}; it got {_received.Count}");
            await Task.Delay(100);
        }
    }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var (status, delay) = Answer(Interlocked.Increment(ref _count));
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.AllKeys.ToDictionary(
            name => name!.ToLowerInvariant(),
            name => context.Request.Headers[name]!);
        await Task.Delay(delay);
        _received.Enqueue(new ReceivedNotification(headers, body, status));
        context.Response.StatusCode = status;
        context.Response.Close();
    }
}
