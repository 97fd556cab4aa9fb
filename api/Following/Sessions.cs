using System.Security.Claims;
using CrossDept.Graph;
using CrossDept.Tracking;
using Microsoft.Graph;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CrossDept.Following;

/// <summary>
/// Graph tokens for a user who is not making a request right now: the Microsoft.Identity.Web long-running
/// on-behalf-of session, started while they use the pane and used later by the webhook and the scheduler.
/// </summary>
public interface ISessionTokens
{
    /// <summary>Starts (or renews) the user's long-running session from the request they are making now.</summary>
    Task StartAsync(ClaimsPrincipal user, IReadOnlyList<string> scopes, CancellationToken cancellationToken);

    /// <summary>A Graph token for the user while they are away; <see cref="SessionEndedException"/> when only they can renew it.</summary>
    Task<string> ForOwnerAsync(Owner owner, IReadOnlyList<string> scopes, CancellationToken cancellationToken);
}

/// <summary>The user's consent or session ended (Entra ID wants them back): following pauses until they open the pane.</summary>
public sealed class SessionEndedException(string reason, Exception? inner = null)
    : Exception($"The user's Microsoft 365 session for background work ended: {reason}.", inner)
{
    /// <summary>A reason code the pane shows: sessionEnded or consentRequired.</summary>
    public string Reason { get; } = reason;
}

/// <summary>
/// Identity.Web's long-running OBO: the first token is acquired with the caller's assertion under a session key of
/// ours (one per user), after which MSAL keeps a refresh token under that key and hands out tokens with no caller.
/// </summary>
public sealed class LongRunningOboTokens(ITokenAcquisition tokens) : ISessionTokens
{
    public static string SessionKey(Owner owner) => $"crossdept-following:{owner.TenantId}:{owner.ObjectId}";

    public async Task StartAsync(ClaimsPrincipal user, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var me = Auth.CurrentUser.FromPrincipal(user) ?? throw new InvalidOperationException("No signed-in user to start a session for.");
        await tokens.GetAccessTokenForUserAsync(scopes, user: user, tokenAcquisitionOptions: new TokenAcquisitionOptions
        {
            LongRunningWebApiSessionKey = SessionKey(new Owner(me.TenantId, me.ObjectId)),
            CancellationToken = cancellationToken,
        });
    }

    public async Task<string> ForOwnerAsync(Owner owner, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        // No HttpContext here: the principal only names the tenant and user whose session key is used.
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("tid", owner.TenantId), new Claim("oid", owner.ObjectId)]));
        try
        {
            return await tokens.GetAccessTokenForUserAsync(scopes, tenantId: owner.TenantId, user: principal, tokenAcquisitionOptions: new TokenAcquisitionOptions
            {
                LongRunningWebApiSessionKey = SessionKey(owner),
                CancellationToken = cancellationToken,
            });
        }
        catch (Exception e) when (SessionEnded(e) is { } reason)
        {
            throw new SessionEndedException(reason, e);
        }
    }

    /// <summary>The MSAL answers that only the user can fix: consent withdrawn, password changed, session revoked or expired.</summary>
    public static string? SessionEnded(Exception e) => e switch
    {
        SessionEndedException s => s.Reason,
        MicrosoftIdentityWebChallengeUserException c => SessionEnded(c.MsalUiRequiredException),
        MsalUiRequiredException ui when ui.ErrorCode == "invalid_grant" && (ui.Message.Contains("AADSTS65001", StringComparison.Ordinal)
            || ui.Message.Contains("consent", StringComparison.OrdinalIgnoreCase)) => FollowReasons.ConsentRequired,
        MsalUiRequiredException => FollowReasons.SessionEnded,
        { InnerException: { } inner } => SessionEnded(inner),
        _ => null,
    };
}

/// <summary>Graph clients acting for a user in the background: the shared Graph pipeline, the user's session tokens.</summary>
public sealed class UserGraphs(GraphHttp http, GraphSettings settings, ISessionTokens tokens)
{
    public GraphServiceClient For(Owner owner) => new(http.Client,
        new BaseBearerTokenAuthenticationProvider(new OwnerTokenProvider(owner, tokens, settings)),
        settings.BaseAddress.ToString().TrimEnd('/'));

    sealed class OwnerTokenProvider(Owner owner, ISessionTokens tokens, GraphSettings settings) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new([settings.BaseAddress.Host]);

        public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default)
        {
            if (!AllowedHostsValidator.IsUrlHostValid(uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback))
                return string.Empty;
            return await tokens.ForOwnerAsync(owner, settings.Scopes, cancellationToken);
        }
    }
}

/// <summary>Why following is paused, as codes the pane can show with <see cref="Explain"/>.</summary>
public static class FollowReasons
{
    public const string SessionEnded = "sessionEnded", ConsentRequired = "consentRequired", AccessDenied = "accessDenied";

    public static string Explain(string? reason) => reason switch
    {
        ConsentRequired => "Microsoft 365 no longer lets CrossDept read your mail while you are away (consent was withdrawn). Open CrossDept in Outlook and sign in to resume.",
        AccessDenied => "Microsoft 365 refused CrossDept access to your mailbox (permission or policy change). Open CrossDept in Outlook and sign in to resume; if it happens again, ask your admin.",
        _ => "Your sign-in for background tracking ended (sign-out, password change or expiry). Open CrossDept in Outlook to resume.",
    };
}
