namespace MerchantDesk.OpenApi;

/// <summary>
/// Documents an HTTP function in /openapi.json. Every HTTP function carries one; a test fails when one is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiOperationAttribute(string tag, string summary) : Attribute
{
    public string Tag { get; } = tag;

    public string Summary { get; } = summary;

    /// <summary>The JSON body the operation reads, if any.</summary>
    public Type? Request { get; set; }

    /// <summary>The JSON body of the success response; none for an empty one.</summary>
    public Type? Response { get; set; }

    public int Status { get; set; } = 200;

    public ApiAuth Auth { get; set; } = ApiAuth.None;

    /// <summary>Optional query-string parameters the operation reads.</summary>
    public string[] Query { get; set; } = [];

    /// <summary>Statuses answered with the error body besides the 400 and 500 every operation may answer.</summary>
    public int[] Errors { get; set; } = [];
}

/// <summary>A further non-error response of a documented operation.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ApiResponseAttribute(int status, Type body, string description) : Attribute
{
    public int Status { get; } = status;

    public Type Body { get; } = body;

    public string Description { get; } = description;
}
