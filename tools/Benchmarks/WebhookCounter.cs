using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace MerchantDesk.Benchmarks;

/// <summary>A notification receiver on 127.0.0.1: answers 200 at once and counts the POSTs per webhook-id.</summary>
public sealed class WebhookCounter : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _posts = new();

    public WebhookCounter()
    {
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/notifications");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    /// <summary>The notifications received, each counted once however often it came.</summary>
    public int Distinct => _posts.Count;

    /// <summary>The POSTs beyond the first of each notification.</summary>
    public int Duplicates => _posts.Values.Sum() - _posts.Count;

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            try
            {
                var context = await _listener.GetContextAsync();
                _posts.AddOrUpdate(context.Request.Headers["webhook-id"] ?? "", 1, (_, count) => count + 1);
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
