using MerchantDesk.Api;
using MerchantDesk.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MerchantDesk.Accounts;

/// <summary>
/// The page an emailed link opens: the person chooses a password, and the page posts it with the link's token to
/// <c>POST /profile/password</c>. It is plain HTML with a few lines of script and no outside resources.
/// </summary>
public sealed class SetPasswordPage(ApiRequestHandler handler)
{
    [Function("SetPasswordPage")]
    [ApiOperation("Account Profile: sign-in", "The page behind invitation and password-reset links (HTML)")]
    public Task<IActionResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profile/set-password")] HttpRequest request)
    {
        return handler.HandleAsync(request, ApiSurface.AccountProfile, _ => Task.FromResult<IActionResult>(
            new ContentResult { Content = Html, ContentType = "text/html; charset=utf-8", StatusCode = 200 }));
    }

    private const string Html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <meta name="referrer" content="no-referrer">
          <title>Set your password · MerchantDesk</title>
          <style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}
            input,button{font-size:1rem;padding:.5rem;width:100%;box-sizing:border-box;margin:.3rem 0}</style>
        </head>
        <body>
          <h1>Set your password</h1>
          <form id="form">
            <label>New password (at least 12 characters)
              <input id="password" type="password" autocomplete="new-password" minlength="12" required></label>
            <label>Repeat it <input id="repeat" type="password" autocomplete="new-password" required></label>
            <button type="submit">Save and sign in</button>
          </form>
          <p id="result" role="status"></p>
          <script>
            const token = new URLSearchParams(location.hash.slice(1)).get("token");
            const result = document.getElementById("result");
            document.getElementById("form").addEventListener("submit", async event => {
              event.preventDefault();
              const password = document.getElementById("password").value;
              if (password !== document.getElementById("repeat").value) {
                result.textContent = "The two passwords differ.";
                return;
              }
              const response = await fetch("password", {
                method: "POST",
                headers: { "Content-Type": "application/json" },
                body: JSON.stringify({ token, password })
              });
              const answer = await response.json();
              result.textContent = response.ok
                ? "Your password is set and you are signed in to " + answer.profile.companyName + "."
                : answer.userMessage;
            });
          </script>
        </body>
        </html>
        """;
}
