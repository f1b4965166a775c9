using System.Net;

namespace MerchantDesk.Credentials;

/// <summary>
/// Tells public internet addresses from the rest: private, loopback, link-local, shared (carrier-grade NAT),
/// unspecified, multicast and reserved ranges, in IPv4 and IPv6. A URL that reaches one of those would let a
/// merchant point our servers at our own network.
/// </summary>
public static class NetworkAddresses
{
    private static readonly IPNetwork[] NotPublic =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"),
        IPNetwork.Parse("224.0.0.0/4"),
        IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("fec0::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    // NAT64 gateways forward these to the IPv4 address in their last 32 bits.
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    public static bool IsPublic(IPAddress address)
    {
        var target = IPv4Inside(address) ?? address;
        return !NotPublic.Any(network => network.Contains(target));
    }

    private static IPAddress? IPv4Inside(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        return Nat64.Contains(address) ? new IPAddress(address.GetAddressBytes()[12..]) : null;
    }
}
