using System.Net;
using MerchantDesk.Accounts;
using MerchantDesk.Operators;

namespace MerchantDesk.Tests.Support;

/// <summary>The operator ./test bootstraps from configuration, signed in over HTTP.</summary>
public static class OperatorLogin
{
    public static async Task<ApiCall> SignInAsync(AppHost app)
    {
        var anonymous = new ApiCall(app);
        var session = await anonymous.PostAsync(
                "operator/sign-in",
                new SignInRequest(AppHost.OperatorEmail, AppHost.OperatorPassword))
            .ExpectAsync<OperatorSession>(HttpStatusCode.OK);
        return anonymous.As(session.SessionToken);
    }
}
