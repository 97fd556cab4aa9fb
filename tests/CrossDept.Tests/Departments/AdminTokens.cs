using System.Security.Claims;
using CrossDept.Auth;
using CrossDept.Departments;
using CrossDept.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrossDept.Tests.Departments;

/// <summary>A real signed token like <see cref="TestTokens.For"/>, carrying the app role that makes its holder an admin of the tenant's list.</summary>
static class AdminTokens
{
    public static CurrentUser Olivia { get; } = new(TestTokens.Tenant, "aaaaaaaa-0000-4000-8000-0000000000ad", "olivia.brown@contoso.com", "Olivia Brown");

    public static string For(CurrentUser user, string role = DepartmentsApi.AdminRole)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer(user.TenantId),
            Audience = TestTokens.Audience,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity(
            [
                new Claim("tid", user.TenantId),
                new Claim("oid", user.ObjectId),
                new Claim("sub", user.ObjectId),
                new Claim("preferred_username", user.Address),
                new Claim("name", user.Name ?? user.Address),
                new Claim("scp", SignIn.AccessAsUser),
                new Claim("roles", role),
                new Claim("ver", "2.0"),
            ]),
            SigningCredentials = new SigningCredentials(TestTokens.SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
