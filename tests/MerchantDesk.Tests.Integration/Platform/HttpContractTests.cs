using System.Net;
using System.Text.Json.Nodes;
using MerchantDesk.Health;
using MerchantDesk.Tests.Support;

namespace MerchantDesk.Tests.Platform;

/// <summary>What every API promises over HTTP: health, the OpenAPI document, 4xx error bodies for bad input.</summary>
[Collection(AppCollection.Name)]
public sealed class HttpContractTests(AppHost app)
{
    private readonly ApiCall _api = new(app);

    [Fact]
    public async Task Health_AppOnAzurite_ReportsEveryStorageServiceHealthy()
    {
        var report = await _api.GetAsync("health").ExpectAsync<HealthReport>(HttpStatusCode.OK);

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.All(report.Checks, check => Assert.Equal(HealthStatus.Healthy, check.Status));
    }

    [Fact]
    public async Task OpenApi_IsServedAndDescribesTheProfileRoutes()
    {
        using var response = await _api.GetAsync("openapi.json");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(document["paths"]?["/profile/users/{userId}"]?["patch"]);
        Assert.Equal(app.BaseAddress.AbsoluteUri.TrimEnd('/'), document["servers"]![0]!["url"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"email": "a@b.example", """, "application/json", HttpStatusCode.BadRequest,
        "api.request.body.malformed")]
    [InlineData("""{"email": 5, "password": "x"}""", "application/json", HttpStatusCode.BadRequest,
        "api.request.body.malformed")]
    [InlineData("email=a@b.example", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType,
        "api.request.media.type.unsupported")]
    [InlineData("", "application/json", HttpStatusCode.BadRequest, "api.request.body.missing")]
    public async Task SignIn_BadBody_AnswersTheErrorBody(
        string body,
        string contentType,
        HttpStatusCode status,
        string errorCode)
    {
        await _api.PostRawAsync("profile/sign-in", body, contentType).ExpectErrorAsync(status, errorCode);
    }

    [Fact]
    public async Task SignIn_OversizeBody_IsTooLarge()
    {
        var body = $$"""{"email":"a@b.example","password":"{{new string('x', 200_000)}}"}""";

        await _api.PostRawAsync("profile/sign-in", body).ExpectErrorAsync(
            HttpStatusCode.RequestEntityTooLarge, "api.request.body.too.large");
    }

    [Fact]
    public async Task UnknownRoute_IsNotFound()
    {
        await _api.GetAsync("profile/nothing-here").ExpectStatusAsync(HttpStatusCode.NotFound);
    }
}
