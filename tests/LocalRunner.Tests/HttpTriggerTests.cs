using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalRunner.Tests.Fixtures;

namespace LocalRunner.Tests;

public sealed class HttpTriggerTests
{
    private static readonly string GetItem =
        FunctionJson.Http("GetItem", "ItemFunctions.GetItem", "items/{id:int}/{name?}", "\"get\"");

    [Fact]
    public async Task Get_RouteWithValues_BindsThemByNameUnderDefaultPrefix()
    {
        using var folder = new TestAppFolder().WithFunction(GetItem);
        await using var app = await TestApp.StartAsync(folder);

        var body = await app.Http.GetFromJsonAsync<JsonElement>("/api/items/7/widget");

        Assert.Equal(7, body.GetProperty("id").GetInt32());
        Assert.Equal("widget", body.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_OptionalRouteValueAbsent_BindsNull()
    {
        using var folder = new TestAppFolder().WithFunction(GetItem);
        await using var app = await TestApp.StartAsync(folder);

        var body = await app.Http.GetFromJsonAsync<JsonElement>("/api/items/7");

        Assert.Equal(JsonValueKind.Null, body.GetProperty("name").ValueKind);
    }

    [Theory]
    [InlineData("GET", "/api/items/seven", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/orders/7", HttpStatusCode.NotFound)]
    [InlineData("GET", "/items/7", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/items/7", HttpStatusCode.MethodNotAllowed)]
    public async Task Request_OutsideRouteOrMethods_IsNotServed(string method, string path, HttpStatusCode status)
    {
        using var folder = new TestAppFolder().WithFunction(GetItem);
        await using var app = await TestApp.StartAsync(folder);

        using var response = await app.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(0, app.Calls.Count);
    }

    [Fact]
    public async Task Get_HostJsonRoutePrefixEmpty_ServesFromRoot()
    {
        using var folder = new TestAppFolder()
            .WithFunction(GetItem)
            .WithHostJson("""{"version":"2.0","extensions":{"http":{"routePrefix":""}}}""");
        await using var app = await TestApp.StartAsync(folder);

        using var response = await app.Http.GetAsync("/items/7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_FunctionReturnsCreatedResult_ExecutesStatusHeadersAndJsonBody()
    {
        using var folder = new TestAppFolder()
            .WithFunction(FunctionJson.Http("CreateItem", "ItemFunctions.CreateItemAsync", "items", "\"post\""));
        await using var app = await TestApp.StartAsync(folder);

        using var response = await app.Http.PostAsJsonAsync("/api/items", new Item("widget", 12.50m));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/items/7", response.Headers.Location?.OriginalString);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"name":"widget","price":12.50}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_FunctionThrows_Returns500AndLogsTheFailure()
    {
        using var folder = new TestAppFolder()
            .WithFunction(FunctionJson.Http("Broken", "ItemFunctions.Broken", "broken", "\"get\""));
        await using var app = await TestApp.StartAsync(folder);

        using var response = await app.Http.GetAsync("/api/broken");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Broken failed", app.Logs.Messages(RunnerEvents.InvocationFailed));
    }

    [Fact]
    public async Task Start_HttpFunction_LogsMethodAndUrl()
    {
        using var folder = new TestAppFolder().WithFunction(GetItem);
        await using var app = await TestApp.StartAsync(folder);

        var mapped = Assert.Single(app.Logs.Messages(RunnerEvents.FunctionMapped));

        var url = new Uri(app.Http.BaseAddress!, "/api/items/{id:int}/{name?}");
        Assert.Equal($"GetItem: http GET {url.OriginalString}", mapped);
    }
}
