using System.Security.Claims;
using CrossDept.Graph;
using Microsoft.Identity.Client;

namespace CrossDept.Tests.Support.FakeGraph;

/// <summary>
/// Stands in for Entra ID's on-behalf-of exchange (out of reach here): hands out a token naming the user, or throws
/// the MSAL exception Entra ID causes when consent or conditional access needs the user again.
/// </summary>
public sealed class FakeGraphTokens : IGraphTokens
{
    public string? ClaimsChallenge { get; set; }
    public int Issued;

    public Task<string> ForUserAsync(ClaimsPrincipal user, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        if (ClaimsChallenge is not null)
            throw new MsalUiRequiredException("interaction_required", "AADSTS50076: multi-factor authentication is required.")
            {
                // The property MSAL fills from the claims challenge in Entra ID's error response.
            }.WithClaims(ClaimsChallenge);
        Interlocked.Increment(ref Issued);
        return Task.FromResult("graph-token-for-" + (user.FindFirst("oid") ?? user.FindFirst("http://schemas.microsoft.com/identity/claims/objectidentifier"))!.Value);
    }
}

static class MsalExceptionClaims
{
    /// <summary>MsalServiceException.Claims has no public setter; MSAL sets it from the error response, so do the same.</summary>
    public static MsalUiRequiredException WithClaims(this MsalUiRequiredException exception, string claims)
    {
        var property = typeof(MsalServiceException).GetProperty(nameof(MsalServiceException.Claims))!;
        property.SetValue(exception, claims);
        return exception;
    }
}
