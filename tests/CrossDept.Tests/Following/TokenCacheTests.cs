using Microsoft.Extensions.Configuration;
using System.Text;
using CrossDept.Following;
using CrossDept.Storage;
using CrossDept.Tests.Storage;
using CrossDept.Tracking;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web.TokenCacheProviders.Distributed;

namespace CrossDept.Tests.Following;

/// <summary>
/// Long-running sessions outlive an instance: MSAL's token cache in the database, encrypted with Data Protection whose
/// key ring is in the database too, so another instance can use it and nobody can read it from the table.
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.Postgres)]
public sealed class TokenCacheTests(StorageProvider provider)
{
    TestDatabase? database;
    TestClock clock = null!;

    [SetUp]
    public async Task Create()
    {
        database = await TestDatabase.CreateAsync(provider);
        clock = new TestClock(DateTimeOffset.UtcNow);
    }

    [TearDown]
    public async Task Drop()
    {
        if (database is not null)
            await database.DisposeAsync();
    }

    /// <summary>An API instance's services as far as sessions go: its own key ring cache, the shared database.</summary>
    ServiceProvider Instance()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(database!.Db);
        services.AddSingleton<TimeProvider>(clock);
        services.AddPersistedSessions();
        return services.BuildServiceProvider();
    }

    async Task<string> Raw(string key)
    {
        await using var c = await database!.Db.OpenAsync(CancellationToken.None);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT value FROM token_cache WHERE cache_key = '" + key + "'";
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    [Test]
    public async Task EntriesExpireAtTheirAbsoluteTimeAndSlideWhenRead()
    {
        using var sp = Instance();
        var cache = sp.GetRequiredService<IDistributedCache>();
        await cache.SetAsync("absolute", [1, 2, 3], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) });
        await cache.SetAsync("sliding", [4], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(30) });

        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.That(await cache.GetAsync("sliding"), Is.EqualTo(new byte[] { 4 }), "read: slides to 20 + 30 minutes");
        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Multiple(async () =>
        {
            Assert.That(await cache.GetAsync("sliding"), Is.EqualTo(new byte[] { 4 }), "still within the slid window");
            Assert.That(await cache.GetAsync("absolute"), Is.EqualTo(new byte[] { 1, 2, 3 }));
        });
        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Multiple(async () =>
        {
            Assert.That(await cache.GetAsync("sliding"), Is.Null);
            Assert.That(await cache.GetAsync("absolute"), Is.Null);
        });
        await cache.RemoveAsync("absolute");
    }

    [Test]
    public async Task WithAnOperatorsCertificateTheKeyRingIsEncryptedAtRestAndAnotherInstanceStillReadsIt()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=CrossDept key ring", rsa,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var folder = Directory.CreateTempSubdirectory("crossdept-cert-").FullName;
        var pfx = Path.Combine(folder, "keyring.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "pfx-password"));
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = pfx,
            ["DataProtection:CertificatePassword"] = "pfx-password",
        }).Build();
        ServiceProvider WithCertificate()
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton(database!.Db);
            services.AddSingleton<TimeProvider>(clock);
            services.AddPersistedSessions(configuration);
            return services.BuildServiceProvider();
        }
        try
        {
            using var a = WithCertificate();
            using var b = WithCertificate();
            var secret = a.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a refresh token");
            Assert.That(b.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret), Is.EqualTo("a refresh token"));
            await using var c = await database!.Db.OpenAsync(CancellationToken.None);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT xml FROM data_protection_key";
            var stored = (string)(await cmd.ExecuteScalarAsync())!;
            Assert.Multiple(() =>
            {
                Assert.That(stored, Does.Contain("EncryptedData").And.Contain(Convert.ToBase64String(certificate.RawData)), "encrypted to the certificate");
                Assert.That(stored, Does.Not.Contain("<masterKey"), "no key material in the clear");
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void TwoInstancesShareTheKeyRingThroughTheDatabase()
    {
        using var a = Instance();
        using var b = Instance();
        var secret = a.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a refresh token");
        Assert.That(b.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret), Is.EqualTo("a refresh token"));
    }

    [Test]
    public async Task TheTokenCacheIsEncryptedAtRestAndAnotherInstanceReadsIt()
    {
        const string marker = "refresh-token-marker-4b1d";
        var key = LongRunningOboTokens.SessionKey(new Owner("tid-1", "oid-1"));
        using var a = Instance();
        using var b = Instance();

        var written = new FakeSerializer(Encoding.UTF8.GetBytes($"{{\"RefreshToken\":{{\"secret\":\"{marker}\"}}}}"));
        await Adapter(a).AfterAccess(Args(written, key, changed: true));
        var raw = await Raw(key);
        var read = new FakeSerializer([]);
        await Adapter(b).BeforeAccess(Args(read, key, changed: false));

        Assert.Multiple(() =>
        {
            Assert.That(raw, Does.Not.Contain(marker));
            Assert.That(Encoding.UTF8.GetString(Convert.FromBase64String(raw)), Does.Not.Contain(marker), "encrypted, not only encoded");
            Assert.That(read.Deserialized, Is.EqualTo(written.Bytes), "the other instance decrypts it with the shared key ring");
        });
    }

    [Test]
    public async Task ErasingAUserRemovesTheirSessionsCachedTokens()
    {
        using var sp = Instance();
        var cache = sp.GetRequiredService<IDistributedCache>();
        var jane = new Owner("tid-1", "oid-jane");
        var raj = new Owner("tid-1", "oid-raj");
        await cache.SetAsync(LongRunningOboTokens.SessionKey(jane), [1], new DistributedCacheEntryOptions());
        await cache.SetAsync(LongRunningOboTokens.SessionKey(raj), [2], new DistributedCacheEntryOptions());

        foreach (var eraser in sp.GetServices<IUserDataEraser>())
            await eraser.EraseAsync(jane, CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(await cache.GetAsync(LongRunningOboTokens.SessionKey(jane)), Is.Null);
            Assert.That(await cache.GetAsync(LongRunningOboTokens.SessionKey(raj)), Is.EqualTo(new byte[] { 2 }));
        });
    }

    static TokenCacheNotificationArgs Args(ITokenCacheSerializer serializer, string key, bool changed) =>
        new(serializer, "client-id", null, changed, false, key, true, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None);

    static ExposedAdapter Adapter(ServiceProvider sp) => new(sp.GetRequiredService<IDistributedCache>(),
        sp.GetRequiredService<IOptions<MsalDistributedTokenCacheAdapterOptions>>(), NullLogger<MsalDistributedTokenCacheAdapter>.Instance, sp);

    /// <summary>Identity.Web's own adapter, hooked to a token cache that lets the test raise MSAL's callbacks.</summary>
    sealed class ExposedAdapter(IDistributedCache cache, IOptions<MsalDistributedTokenCacheAdapterOptions> options,
        ILogger<MsalDistributedTokenCacheAdapter> logger, IServiceProvider services) : MsalDistributedTokenCacheAdapter(cache, options, logger, services)
    {
        readonly CallbackCache callbacks = new();

        public async Task AfterAccess(TokenCacheNotificationArgs args)
        {
            await InitializeAsync(callbacks);
            await callbacks.After!(args);
        }

        public async Task BeforeAccess(TokenCacheNotificationArgs args)
        {
            await InitializeAsync(callbacks);
            await callbacks.Before!(args);
        }
    }

#pragma warning disable CS0618 // ITokenCache still declares MSAL's obsolete serialization members.
    sealed class CallbackCache : ITokenCache
    {
        public Func<TokenCacheNotificationArgs, Task>? Before, After;
        public void SetBeforeAccess(TokenCacheCallback beforeAccess) => Before = a => { beforeAccess(a); return Task.CompletedTask; };
        public void SetAfterAccess(TokenCacheCallback afterAccess) => After = a => { afterAccess(a); return Task.CompletedTask; };
        public void SetBeforeWrite(TokenCacheCallback beforeWrite) { }
        public void SetBeforeAccessAsync(Func<TokenCacheNotificationArgs, Task> beforeAccess) => Before = beforeAccess;
        public void SetAfterAccessAsync(Func<TokenCacheNotificationArgs, Task> afterAccess) => After = afterAccess;
        public void SetBeforeWriteAsync(Func<TokenCacheNotificationArgs, Task> beforeWrite) { }
    }
#pragma warning restore CS0618

    sealed class FakeSerializer(byte[] bytes) : ITokenCacheSerializer
    {
        public byte[] Bytes { get; } = bytes;
        public byte[]? Deserialized { get; private set; }
        public byte[] SerializeMsalV3() => Bytes;
        public void DeserializeMsalV3(byte[] msalV3State, bool shouldClearExistingCache = false) => Deserialized = msalV3State;
        public byte[] SerializeAdalV3() => [];
        public void DeserializeAdalV3(byte[] adalV3State) { }
        public byte[] SerializeMsalV2() => [];
        public void DeserializeMsalV2(byte[] msalV2State) { }
    }
}
