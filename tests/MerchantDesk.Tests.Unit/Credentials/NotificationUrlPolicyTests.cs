using System.Net;
using System.Net.Sockets;
using MerchantDesk.Api;
using MerchantDesk.Credentials;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Tests.Credentials;

public sealed class NotificationUrlPolicyTests
{
    [Theory]
    [InlineData("https://10.1.2.3/notify")]
    [InlineData("https://172.16.0.1/notify")]
    [InlineData("https://172.31.255.254/notify")]
    [InlineData("https://192.168.1.10/notify")]
    [InlineData("https://127.0.0.1/notify")]
    [InlineData("https://127.8.9.10:8443/notify")]
    [InlineData("https://169.254.169.254/metadata")]
    [InlineData("https://0.0.0.0/notify")]
    [InlineData("https://100.64.0.1/notify")]
    [InlineData("https://[::1]/notify")]
    [InlineData("https://[::]/notify")]
    [InlineData("https://[fc00::1]/notify")]
    [InlineData("https://[fd12:3456::1]/notify")]
    [InlineData("https://[fe80::1]/notify")]
    [InlineData("https://[::ffff:192.168.0.1]/notify")]
    [InlineData("https://[64:ff9b::a00:1]/notify")]
    [InlineData("https://2130706433/notify")]
    [InlineData("https://0x7f.1/notify")]
    [InlineData("https://localhost/notify")]
    [InlineData("https://LOCALHOST./notify")]
    [InlineData("https://shop.localhost/notify")]
    public async Task CheckAsync_PrivateLoopbackOrLinkLocalHost_IsRefused(string url)
    {
        var error = await Assert.ThrowsAsync<ApiException>(() => Policy().CheckAsync(url, default));

        Assert.Equal("api.notification.url.private", error.ErrorCode);
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("fd00::5")]
    public async Task CheckAsync_HostNameResolvingToAPrivateAddress_IsRefused(string address)
    {
        var resolver = new FakeResolver(IPAddress.Parse("93.184.215.14"), IPAddress.Parse(address));

        var error = await Assert.ThrowsAsync<ApiException>(
            () => Policy(resolver: resolver).CheckAsync("https://shop.example/notify", default));

        Assert.Equal("api.notification.url.private", error.ErrorCode);
        Assert.Equal(["shop.example"], resolver.Asked);
    }

    [Fact]
    public async Task CheckAsync_HostNameResolvingOnlyToPublicAddresses_IsAccepted()
    {
        var resolver = new FakeResolver(IPAddress.Parse("93.184.215.14"), IPAddress.Parse("2606:2800:21f:cb07::1"));

        var uri = await Policy(resolver: resolver).CheckAsync("https://shop.example/notify?site=1", default);

        Assert.Equal("https://shop.example/notify?site=1", uri.AbsoluteUri);
    }

    [Fact]
    public async Task CheckAsync_HostNameThatDoesNotResolve_IsRefusedClearly()
    {
        var resolver = new FakeResolver(new SocketException((int)SocketError.HostNotFound));

        var error = await Assert.ThrowsAsync<ApiException>(
            () => Policy(resolver: resolver).CheckAsync("https://no-such-shop.example/notify", default));

        Assert.Equal(400, error.Status);
        Assert.Equal("api.notification.url.unresolvable", error.ErrorCode);
        Assert.Contains("no-such-shop.example", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_ReservedInvalidTopLevelDomain_DoesNotResolveInRealDns()
    {
        var error = await Assert.ThrowsAsync<ApiException>(
            () => Policy(resolver: new HostResolver()).CheckAsync("https://shop.invalid/notify", default));

        Assert.Equal("api.notification.url.unresolvable", error.ErrorCode);
    }

    [Fact]
    public async Task CheckAsync_PublicIpAddress_IsAcceptedWithoutDns()
    {
        var resolver = new FakeResolver();

        await Policy(resolver: resolver).CheckAsync("https://93.184.215.14/notify", default);

        Assert.Empty(resolver.Asked);
    }

    [Fact]
    public async Task CheckAsync_Http_IsRefusedUnlessAllowed()
    {
        var error = await Assert.ThrowsAsync<ApiException>(
            () => Policy().CheckAsync("http://93.184.215.14/notify", default));
        var allowed = await Policy(allowHttp: true).CheckAsync("http://93.184.215.14/notify", default);

        Assert.Equal("api.notification.url.insecure", error.ErrorCode);
        Assert.Equal("http", allowed.Scheme);
    }

    [Fact]
    public async Task CheckAsync_PrivateAddressesAllowedForLocalDevelopment_AcceptsLoopback()
    {
        var uri = await Policy(allowHttp: true, allowPrivate: true).CheckAsync("http://127.0.0.1:5000/hook", default);

        Assert.Equal("http://127.0.0.1:5000/hook", uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("/relative/notify")]
    [InlineData("ftp://93.184.215.14/notify")]
    [InlineData("https://user:password@93.184.215.14/notify")]
    [InlineData("https://93.184.215.14/notify#fragment")]
    public async Task CheckAsync_NotAPlainHttpsUrl_IsRefused(string url)
    {
        var error = await Assert.ThrowsAsync<ApiException>(() => Policy().CheckAsync(url, default));

        Assert.Equal("api.notification.url.invalid", error.ErrorCode);
    }

    private static NotificationUrlPolicy Policy(
        bool allowHttp = false,
        bool allowPrivate = false,
        HostResolver? resolver = null)
    {
        var options = new NotificationUrlOptions { AllowHttp = allowHttp, AllowPrivateAddresses = allowPrivate };
        return new NotificationUrlPolicy(Options.Create(options), resolver ?? new FakeResolver());
    }

    /// <summary>Answers every lookup with the same addresses, or fails it, and remembers what was asked.</summary>
    private sealed class FakeResolver : HostResolver
    {
        private readonly IPAddress[] _addresses;
        private readonly Exception? _failure;

        public FakeResolver(params IPAddress[] addresses) => _addresses = addresses;

        public FakeResolver(Exception failure)
        {
            _addresses = [];
            _failure = failure;
        }

        public List<string> Asked { get; } = [];

        public override Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
        {
            Asked.Add(host);
            return _failure is null ? Task.FromResult(_addresses) : Task.FromException<IPAddress[]>(_failure);
        }
    }
}
