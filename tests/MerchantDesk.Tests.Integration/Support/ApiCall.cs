using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MerchantDesk.Api;

namespace MerchantDesk.Tests.Support;

/// <summary>Calls the app over HTTP as a client would, optionally with a bearer token.</summary>
public sealed class ApiCall(AppHost app, string? token = null)
{
    public ApiCall As(string? bearerToken) => new(app, bearerToken);

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) =>
        SendAsync(HttpMethod.Post, path, body);

    /// <summary>Posts <paramref name="json"/> as it is, for bodies no serializer would write.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string path, string json, string contentType = "application/json") =>
        SendAsync(HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, contentType));

    public Task<HttpResponseMessage> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    /// <summary>Any method with any body and content type, as odd clients send them.</summary>
    public Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, string body, string contentType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return SendAsync(method, path, content);
    }

    public Task<HttpResponseMessage> PutRawAsync(string path, string json) =>
        SendAsync(HttpMethod.Put, path, new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> PatchAsync(string path, object body) => SendAsync(HttpMethod.Patch, path, body);

    public Task<HttpResponseMessage> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        using var client = app.NewClient();
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Content = body switch
        {
            null => null,
            HttpContent content => content,
            _ => new StringContent(
                JsonSerializer.Serialize(body, MerchantDeskJson.Options),
                Encoding.UTF8,
                "application/json"),
        };

        return await client.SendAsync(request);
    }
}

/// <summary>What a test expects of an answer: <c>await api.PostAsync(…).ExpectAsync&lt;T&gt;(Created)</c>.</summary>
public static class ResponseExpectations
{
    // Answers leave out null fields, so reading them back must not insist on every constructor parameter.
    private static readonly JsonSerializerOptions Answers = new(MerchantDeskJson.Options)
    {
        RespectRequiredConstructorParameters = false,
    };

    /// <summary>The answer's JSON body, failing the test on any other status.</summary>
    public static async Task<T> ExpectAsync<T>(this Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Answers)!;
    }

    /// <summary>Expects the documented error body with this status and error code.</summary>
    public static async Task<ApiError> ExpectErrorAsync(
        this Task<HttpResponseMessage> call,
        HttpStatusCode status,
        string errorCode)
    {
        var error = await call.ExpectAsync<ApiError>(status);
        Assert.Equal(errorCode, error.ErrorCode);
        Assert.False(string.IsNullOrEmpty(error.TraceId), "the error body has no trace id");
        return error;
    }

    public static async Task ExpectStatusAsync(this Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
    }
}
