using System.Text.Json;
using MerchantDesk.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MerchantDesk.Api;

/// <summary>
/// Reads a JSON request body within the size limit. Every way a body can be wrong ends in an
/// <see cref="ApiException"/> with a 4xx status, never in a server error.
/// </summary>
public sealed class JsonBody(IOptions<MerchantDeskOptions> options)
{
    private readonly int _limit = options.Value.MaxRequestBodyBytes;

    public async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
    {
        EnsureJsonContentType(request);
        var body = await ReadBoundedAsync(request, cancellationToken);
        if (body.Length == 0)
        {
            throw ApiException.BadRequest("api.request.body.missing", "The request needs a JSON body.");
        }

        return Deserialize<T>(body);
    }

    private static void EnsureJsonContentType(HttpRequest request)
    {
        var isJson = MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && (mediaType.Charset.Length == 0 || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
        if (!isJson)
        {
            throw new ApiException(
                StatusCodes.Status415UnsupportedMediaType,
                "api.request.media.type.unsupported",
                "Send the body as application/json in UTF-8.");
        }
    }

    private async Task<byte[]> ReadBoundedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > _limit)
        {
            throw TooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _limit)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static T Deserialize<T>(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, MerchantDeskJson.Options)
                ?? throw ApiException.BadRequest("api.request.body.missing", "The request body must not be null.");
        }
        catch (JsonException ex)
        {
            throw ApiException.BadRequest("api.request.body.malformed", Explain(ex));
        }
    }

    private static string Explain(JsonException ex)
    {
        if (MissingFields(ex.Message) is { } missing)
        {
            return $"The request body lacks required fields: {missing}.";
        }

        return ex.Path is { Length: > 1 } path
            ? $"The value at '{path}' is malformed or not one of the allowed values."
            : "The request body is not valid JSON of the expected shape.";
    }

    // System.Text.Json names the missing constructor parameters only in its message.
    private static string? MissingFields(string message)
    {
        const string Marker = "missing required properties including: ";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        return start < 0 ? null : message[(start + Marker.Length)..].TrimEnd('.');
    }

    private ApiException TooLarge() => new(
        StatusCodes.Status413PayloadTooLarge,
        "api.request.body.too.large",
        $"The request body is larger than {_limit} bytes.");
}
