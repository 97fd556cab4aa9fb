using System.Security.Claims;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CrossDept.Graph;

/// <summary>Access tokens for Graph on behalf of the signed-in user. The one seam where Entra ID is reached.</summary>
public interface IGraphTokens
{
    Task<string> ForUserAsync(ClaimsPrincipal user, IReadOnlyList<string> scopes, CancellationToken cancellationToken);
}

/// <summary>On-behalf-of: exchanges the caller's access token for a Graph token through Identity.Web (token cache included).</summary>
public sealed class OnBehalfOfGraphTokens(ITokenAcquisition tokens) : IGraphTokens
{
    public Task<string> ForUserAsync(ClaimsPrincipal user, IReadOnlyList<string> scopes, CancellationToken cancellationToken) =>
        tokens.GetAccessTokenForUserAsync(scopes, user: user, tokenAcquisitionOptions: new TokenAcquisitionOptions { CancellationToken = cancellationToken });
}

/// <summary>The Graph SDK asks this for a bearer token per request; it answers for the user of the current HTTP request.</summary>
public sealed class SignedInUserTokenProvider(IGraphTokens tokens, IHttpContextAccessor http, GraphSettings settings) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([settings.BaseAddress.Host]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        // Never hand a token to another host (an @odata.nextLink is followed as given).
        if (!AllowedHostsValidator.IsUrlHostValid(uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback))
            return string.Empty;
        var user = http.HttpContext?.User ?? throw new InvalidOperationException("Graph is called outside a signed-in request.");
        return await tokens.ForUserAsync(user, settings.Scopes, cancellationToken);
    }
}
