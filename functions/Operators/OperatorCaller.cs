namespace MerchantDesk.Operators;

/// <summary>The signed-in operator behind an operator API request.</summary>
public sealed record OperatorCaller(string Email, string SessionToken);
