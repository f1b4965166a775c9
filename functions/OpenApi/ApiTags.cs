namespace MerchantDesk.OpenApi;

/// <summary>The groups operations appear under in the OpenAPI document.</summary>
public static class ApiTags
{
    public const string Platform = "Platform";
}
