namespace MerchantDesk.OpenApi;

/// <summary>How a caller proves who they are to an operation.</summary>
public enum ApiAuth
{
    None,

    /// <summary>An Account Profile session token: <c>Authorization: Bearer mds_…</c>.</summary>
    Session,

    /// <summary>An operator's session token.</summary>
    OperatorSession,

    /// <summary>A site's API token from the Settings tab: <c>Authorization: Bearer mdk_…</c>.</summary>
    ApiToken,
}
