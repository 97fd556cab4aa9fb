using System.Reflection;
using System.Security.Claims;

namespace CrossDept.Auth;

/// <summary>
/// The signed-in mailbox owner, from the token: tenant id and object id identify them (and own their data);
/// address and name are for display and for "me" in the analysis.
/// Bound as a handler parameter; a request without these claims never reaches a handler that asks for it.
/// </summary>
public sealed record CurrentUser(string TenantId, string ObjectId, string Address, string? Name)
{
    const string TenantIdClaim = "http://schemas.microsoft.com/identity/claims/tenantid";
    const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public static CurrentUser? FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
            return null;
        var tid = principal.FindFirstValue("tid") ?? principal.FindFirstValue(TenantIdClaim);
        var oid = principal.FindFirstValue("oid") ?? principal.FindFirstValue(ObjectIdClaim);
        var address = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("upn")
            ?? principal.FindFirstValue(ClaimTypes.Upn) ?? principal.FindFirstValue("email") ?? principal.FindFirstValue(ClaimTypes.Email);
        if (tid is null || oid is null || address is null)
            return null;
        return new CurrentUser(tid, oid, address, principal.FindFirstValue("name"));
    }

    public static ValueTask<CurrentUser?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult(FromPrincipal(context.User));
}
