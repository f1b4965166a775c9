namespace MerchantDesk.Applications;

public enum ApplicationStatus
{
    /// <summary>Waiting for the accompanying manager's review.</summary>
    Submitted,

    /// <summary>The manager asked the applicant for more information.</summary>
    InformationRequested,

    Approved,

    Rejected,
}
