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
    /// <summary>Throw as Identity.Web's ITokenAcquisition does: the MSAL exception inside MicrosoftIdentityWebChallengeUserException.</summary>
    public bool AsIdentityWebChallenge { get; set; }
    public int Issued;

    public Task<string> ForUserAsync(ClaimsPrincipal user, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        if (ClaimsChallenge is not null)
        {
            var msal = new MsalUiRequiredException("interaction_required", "AADSTS50076: multi-factor authentication is required.").WithClaims(ClaimsChallenge);
            if (AsIdentityWebChallenge)
                throw new Microsoft.Identity.Web.MicrosoftIdentityWebChallengeUserException(msal, scopes.ToArray());
            throw msal;
        }
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
