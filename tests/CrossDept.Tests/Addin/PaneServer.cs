using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using CrossDept.Tests.Support;

namespace CrossDept.Tests.Addin;

/// <summary>
/// The real API on Kestrel at 127.0.0.1 (a free port), serving the built pane from api/wwwroot/pane,
/// so a real browser can load it. Only the clock is pinned, to the moment a conversation is judged at.
/// </summary>
public sealed class PaneServer : WebApplicationFactory<Program>
{
    readonly DateTimeOffset? now;
    readonly string scratch = Directory.CreateTempSubdirectory("crossdept-pane-").FullName;

    public PaneServer(DateTimeOffset? now = null)
    {
        this.now = now;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public Uri Address { get; private set; } = null!;

    public Uri Start()
    {
        var index = Path.Combine(SharedFolder.RepoRoot, "api", "wwwroot", "pane", "index.html");
        if (!File.Exists(index))
            Assert.Fail($"The pane is not built ({index} is missing): cd addin && npm ci && npm run build.");
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First());
        return Address;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Each run starts with an empty board and an empty demo calendar.
        builder.UseSetting("Storage:SqlitePath", Path.Combine(scratch, "crossdept.db"));
        builder.UseSetting("Mailbox:DemoOutputFolder", Path.Combine(scratch, "demo-mailbox"));
        // One demo user and one address drive every journey of a fixture, far faster than a person clicks: the
        // production buckets (120 at once, 2 a second) run dry mid-fixture and the pane shows 429s instead of the
        // journey. The limiter stays in the pipeline with buckets no fixture empties; Hosting/RateLimitTests prove the limits.
        builder.UseSetting("RateLimits:UserBurst", "100000");
        builder.UseSetting("RateLimits:UserPerSecond", "1000");
        builder.UseSetting("RateLimits:AnonymousBurst", "100000");
        builder.UseSetting("RateLimits:AnonymousPerSecond", "1000");
        if (now is { } pinned)
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new PinnedClock(pinned)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(scratch, recursive: true); } catch (IOException) { }
    }

    sealed class PinnedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("pinned", now.Offset, "pinned", "pinned");
    }
}
