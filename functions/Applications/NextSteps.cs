namespace MerchantDesk.Applications;

/// <summary>What the Requests tab tells an applicant to do next, per status.</summary>
public static class NextSteps
{
    public const string Submitted =
        "Your accompanying manager will review the application and contact you by email.";

    public static string InformationRequested(string question) =>
        $"Your manager needs more information: {question} Reply to the manager's email with the details.";

    public static string Rejected(string reason) =>
        $"The application was declined: {reason} You are welcome to apply again.";

    public static string Approved(string email) =>
        $"Approved. Follow the link sent to {email} to confirm your email and set a password, then sign in.";
}
