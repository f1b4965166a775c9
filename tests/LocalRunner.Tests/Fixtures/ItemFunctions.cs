using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalRunner.Tests.Fixtures;

public sealed record Item(string Name, decimal Price);

/// <summary>HTTP fixture functions, written as the app writes them.</summary>
public sealed class ItemFunctions(Calls calls)
{
    public IActionResult GetItem(HttpRequest request, int id, string? name)
    {
        calls.Record(request.Path.Value);
        return new OkObjectResult(new { id, name });
    }

    public async Task<IActionResult> CreateItemAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var item = await request.ReadFromJsonAsync<Item>(cancellationToken);
        calls.Record(item);
        return new CreatedResult("/api/items/7", item);
    }

    public static IActionResult Broken(HttpRequest request)
    {
        throw new InvalidOperationException($"{request.Path} is broken");
    }

    public void Unbindable(HttpRequest request, Uri referrer)
    {
        calls.Record(referrer);
    }
}
