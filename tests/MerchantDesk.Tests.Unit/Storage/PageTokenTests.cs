using MerchantDesk.Api;
using MerchantDesk.Storage;

namespace MerchantDesk.Tests.Storage;

public sealed class PageTokenTests
{
    private const string Query = "merchant-1|site-7|status=Declined";
    private const string Continuation = "1!8!bTE- 1!12!MjAyNi0xMg--";

    [Fact]
    public void Decode_TokenOfTheSameQuery_ReturnsTheTableContinuation()
    {
        var token = PageToken.Encode(Query, Continuation);

        Assert.Equal(Continuation, PageToken.Decode(Query, token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Decode_NoToken_MeansTheFirstPage(string? token)
    {
        Assert.Null(PageToken.Decode(Query, token));
    }

    [Fact]
    public void Encode_Always_HidesTheTableContinuation()
    {
        var token = PageToken.Encode(Query, Continuation);

        Assert.DoesNotContain("MjAyNi0xMg", token, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void Decode_TokenOfAnotherQuery_IsABadRequest()
    {
        var token = PageToken.Encode("merchant-2|site-9|", Continuation);

        var error = Assert.Throws<ApiException>(() => PageToken.Decode(Query, token));

        Assert.Equal(400, error.Status);
        Assert.Equal("api.page.token.invalid", error.ErrorCode);
    }

    [Theory]
    [InlineData("not a token!")]
    [InlineData("bm90aGluZw")]
    [InlineData("MXw")]
    public void Decode_DamagedToken_IsABadRequest(string token)
    {
        var error = Assert.Throws<ApiException>(() => PageToken.Decode(Query, token));

        Assert.Equal("api.page.token.invalid", error.ErrorCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-5)]
    public void From_SizeOutOfRange_IsABadRequest(int size)
    {
        var error = Assert.Throws<ApiException>(() => PageRequest.From(size, null, Query));

        Assert.Equal("api.page.size.invalid", error.ErrorCode);
    }

    [Fact]
    public void From_NoSize_UsesTheDefault()
    {
        Assert.Equal(PageRequest.DefaultSize, PageRequest.From(null, null, Query).Size);
    }
}
