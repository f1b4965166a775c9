using MerchantDesk.Access;
using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Audit;

/// <summary>The merchant's security events, shown beside the Users tab to Administrators.</summary>
public sealed class AuditFunctions(ProfileApi api, AuditLog audit)
{
    [Function("ListAuditEntries")]
    [ApiOperation("Account Profile: users",
        "Security events (sign-ins, failures, lockouts, user changes), newest first",
        Response = typeof(AuditPage), Auth = ApiAuth.Session, Errors = [401, 403], Query = ["pageSize", "pageToken"])]
    public Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/audit")] HttpRequest request)
    {
        return api.HandleAsync(request, Permission.ManageUsers, async (caller, ct) =>
        {
            var page = await audit.ListAsync(
                caller.MerchantId,
                QueryParameters.Page(request, "audit|" + caller.MerchantId),
                ct);
            var entries = page.Items.Select(e => new AuditEntryView(e.Event, e.Actor, e.Subject, e.Detail, e.At));
            return ApiResults.Json(new AuditPage(entries.ToList(), page.NextPageToken));
        });
    }
}
