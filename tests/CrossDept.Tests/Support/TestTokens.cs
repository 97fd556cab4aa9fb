using System.Security.Claims;
using System.Security.Cryptography;
using CrossDept.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrossDept.Tests.Support;

/// <summary>
/// Real signed access tokens, as Entra ID would issue them for our API, signed with a test RSA key that
/// <see cref="ApiFactory"/> installs as the only signing key: the API's real JwtBearer validation runs on them.
/// </summary>
public static class TestTokens
{
    public const string ClientId = "6b1f0c2e-0000-4000-8000-00000000a11e";
    public const string Audience = "api://crossdept.test/" + ClientId;
    public const string Tenant = "11111111-1111-4111-8111-111111111111";
    public const string OtherAllowedTenant = "22222222-2222-4222-8222-222222222222";
    public const string UnknownTenant = "99999999-9999-4999-8999-999999999999";

    public static RsaSecurityKey SigningKey { get; } = new(RSA.Create(2048)) { KeyId = "crossdept-test-key" };

    /// <summary>The mailbox owner most tests sign in as (same address as the demo mailbox, so samples read alike).</summary>
    public static CurrentUser Jane { get; } = new(Tenant, "aaaaaaaa-0000-4000-8000-000000000001", "jane.doe@contoso.com", "Jane Doe");
    public static CurrentUser Raj { get; } = new(Tenant, "aaaaaaaa-0000-4000-8000-000000000002", "raj.patel@contoso.com", "Raj Patel");

    public static string Issuer(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    /// <summary>A valid token for the user; every part can be overridden to make an invalid one.</summary>
    public static string For(CurrentUser user, string scopes = SignIn.AccessAsUser, string audience = Audience, string? issuer = null,
        DateTime? expires = null, SecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddHours(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer(user.TenantId),
            Audience = audience,
            IssuedAt = expiry < now ? expiry.AddHours(-1) : now,
            NotBefore = expiry < now ? expiry.AddHours(-1) : now.AddMinutes(-1),
            Expires = expiry,
            Subject = new ClaimsIdentity(
            [
                new Claim("tid", user.TenantId),
                new Claim("oid", user.ObjectId),
                new Claim("sub", user.ObjectId),
                new Claim("preferred_username", user.Address),
                new Claim("name", user.Name ?? user.Address),
                new Claim("scp", scopes),
                new Claim("ver", "2.0"),
                new Claim("azp", "addin-spa-client-id"),
            ]),
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static string Expired(CurrentUser user) => For(user, expires: DateTime.UtcNow.AddHours(-2));
    public static string WrongAudience(CurrentUser user) => For(user, audience: "api://some-other-api");
    public static string WrongTenant(CurrentUser user) => For(user with { TenantId = UnknownTenant });
    public static string MissingScope(CurrentUser user) => For(user, scopes: "User.Read");
    public static string WrongKey(CurrentUser user) => For(user, key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "crossdept-test-key" });
}
