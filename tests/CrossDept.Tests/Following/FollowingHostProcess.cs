using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using CrossDept.Following;
using CrossDept.Graph;
using CrossDept.Tests.Support;
using CrossDept.Tests.Support.FakeGraph;
using CrossDept.Tracking;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CrossDept.Tests.Following;

/// <summary>
/// This assembly's entry point. <c>dotnet CrossDept.Tests.dll following-host PORT key=value…</c> runs the API (its own
/// Program, the built CrossDept.Api.dll) as a real process on 127.0.0.1:PORT through <see cref="ApiFactory"/> with
/// Kestrel: only Entra ID is replaced (test-signed user tokens; Graph tokens for any user, as a long-running session
/// would give), everything else — storage, Quartz, the worker, Graph over HTTP — is the product's. The crash test starts
/// two and kills one with SIGKILL. Prints "instance=ID" (its Quartz scheduler instance) once it listens.
/// </summary>
public static class FollowingHostProcess
{
    /// <summary>The argument carrying the parent's token-signing public key (SubjectPublicKeyInfo, base64).</summary>
    public const string SigningKeyArgument = "--signing-key";

    /// <summary>This process's test signing key, public half, as the argument a host process takes.</summary>
    public static string SigningKeyPair() =>
        $"{SigningKeyArgument}={Convert.ToBase64String(TestTokens.SigningKey.Rsa.ExportSubjectPublicKeyInfo())}";

    public static async Task<int> Main(string[] args)
    {
        if (args is not ["following-host", var portText, .. var pairs] || !int.TryParse(portText, out var port))
        {
            await Console.Error.WriteLineAsync("usage: CrossDept.Tests following-host PORT key=value...");
            return 2;
        }
        var settings = pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => (string?)p[1]);
        // The test's signing key is made per process: the parent hands over its public half, the key Entra ID would publish.
        var publicKey = settings.Remove(SigningKeyArgument, out var spki) ? Convert.FromBase64String(spki!) : null;
        var api = new ApiFactory(settings, s =>
        {
            s.AddSingleton<IGraphTokens>(new FakeGraphTokens());
            s.AddSingleton<ISessionTokens>(new OpenSessions());
            if (publicKey is not null)
                s.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
                {
                    var rsa = RSA.Create();
                    rsa.ImportSubjectPublicKeyInfo(publicKey, out _);
                    var configuration = new OpenIdConnectConfiguration();
                    configuration.SigningKeys.Add(new RsaSecurityKey(rsa) { KeyId = TestTokens.SigningKey.KeyId });
                    options.Configuration = configuration;
                    options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
                });
        });
        api.UseKestrel(port);
        api.StartServer();
        var scheduler = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Console.WriteLine($"instance={scheduler.SchedulerInstanceId}");
        await Task.Delay(Timeout.Infinite);
        return 0;
    }

    /// <summary>A long-running session that every user has: tokens for whoever the background work acts for.</summary>
    sealed class OpenSessions : ISessionTokens
    {
        public Task StartAsync(ClaimsPrincipal user, IReadOnlyList<string> scopes, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task<string> ForOwnerAsync(Owner owner, IReadOnlyList<string> scopes, CancellationToken cancellationToken) =>
            Task.FromResult("graph-token-for-" + owner.ObjectId);
    }
}
