using System.Net;
using System.Net.Sockets;

namespace MerchantDesk.Tests.Support;

/// <summary>Loopback ports nothing listens on, for the app and the local servers tests start.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
