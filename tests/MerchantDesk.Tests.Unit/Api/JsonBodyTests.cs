using System.Text;
using MerchantDesk.Api;
using MerchantDesk.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace MerchantDesk.Tests.Api;

public sealed class JsonBodyTests
{
    private const int Limit = 2048;
    private readonly JsonBody _reader = new(Options.Create(new MerchantDeskOptions { MaxRequestBodyBytes = Limit }));

    [Fact]
    public async Task ReadAsync_ValidBody_ReturnsTheObject()
    {
        var request = Request("""{"name":"Coffee","kind":"payment"}""");

        var body = await _reader.ReadAsync<SampleBody>(request, CancellationToken.None);

        Assert.Equal(new SampleBody("Coffee", SampleKind.Payment), body);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    public async Task ReadAsync_JsonWithUtf8Charset_IsAccepted(string contentType)
    {
        var request = Request("""{"name":"Tea","kind":"refund"}""", contentType);

        var body = await _reader.ReadAsync<SampleBody>(request, CancellationToken.None);

        Assert.Equal("Tea", body.Name);
    }

    [Theory]
    [InlineData("""{"name":"Coffee",""", "api.request.body.malformed")]
    [InlineData("""{"name":"Coffee","kind":"barter"}""", "api.request.body.malformed")]
    [InlineData("""{"name":"Coffee","kind":1}""", "api.request.body.malformed")]
    [InlineData("""{"kind":"payment"}""", "api.request.body.malformed")]
    [InlineData("""{"name":null,"kind":"payment"}""", "api.request.body.malformed")]
    [InlineData("null", "api.request.body.missing")]
    [InlineData("", "api.request.body.missing")]
    public async Task ReadAsync_BadBody_IsABadRequest(string json, string errorCode)
    {
        var error = await Assert.ThrowsAsync<ApiException>(
            () => _reader.ReadAsync<SampleBody>(Request(json), CancellationToken.None));

        Assert.Equal(StatusCodes.Status400BadRequest, error.Status);
        Assert.Equal(errorCode, error.ErrorCode);
    }

    [Fact]
    public async Task ReadAsync_UnknownEnumValue_NamesTheField()
    {
        var error = await Assert.ThrowsAsync<ApiException>(
            () => _reader.ReadAsync<SampleBody>(Request("""{"name":"x","kind":"barter"}"""), CancellationToken.None));

        Assert.Contains("$.kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MissingField_NamesIt()
    {
        var error = await Assert.ThrowsAsync<ApiException>(
            () => _reader.ReadAsync<SampleBody>(Request("""{"kind":"payment"}"""), CancellationToken.None));

        Assert.Contains("name", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task ReadAsync_NotJson_IsUnsupportedMediaType(string? contentType)
    {
        var error = await Assert.ThrowsAsync<ApiException>(
            () => _reader.ReadAsync<SampleBody>(Request("{}", contentType), CancellationToken.None));

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, error.Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_BodyOverTheLimit_IsTooLarge(bool declaresLength)
    {
        var json = $$"""{"name":"{{new string('x', Limit)}}","kind":"payment"}""";
        var request = Request(json);
        if (!declaresLength)
        {
            request.ContentLength = null;
        }

        var error = await Assert.ThrowsAsync<ApiException>(
            () => _reader.ReadAsync<SampleBody>(request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, error.Status);
    }

    private static HttpRequest Request(string body, string? contentType = "application/json")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = contentType;
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        return context.Request;
    }

    public sealed record SampleBody(string Name, SampleKind Kind);

    public enum SampleKind
    {
        Payment,
        Refund,
    }
}
