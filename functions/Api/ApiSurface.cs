namespace MerchantDesk.Api;

/// <summary>The APIs MerchantDesk answers; each names itself in <see cref="ApiError.ServiceName"/>.</summary>
public static class ApiSurface
{
    /// <summary>Health, OpenAPI and other operational routes.</summary>
    public const string Platform = "merchantdesk-platform";

    /// <summary>The session-authenticated API behind the Account Profile.</summary>
    public const string AccountProfile = "account-profile";

    /// <summary>The API platform operators (accompanying managers) review applications with.</summary>
    public const string Operator = "operator";

    /// <summary>The payment-acceptance protocol merchants' servers call.</summary>
    public const string Payin = "payin-core";

    /// <summary>The older bills ("P2P") protocol, on the same invoices.</summary>
    public const string Bills = "invoicing-api";

    /// <summary>The Telegram payment bot's webhook.</summary>
    public const string Telegram = "telegram-bot";
}
