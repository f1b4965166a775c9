using System.Net;

namespace MerchantDesk.Credentials;

/// <summary>Looks host names up in DNS. Tests replace it to answer as a DNS server would, without one.</summary>
public class HostResolver
{
    public virtual Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
