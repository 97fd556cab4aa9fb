using System.Globalization;
using System.Xml.Linq;
using CrossDept.Storage;
using Dapper;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web.TokenCacheProviders.Distributed;

namespace CrossDept.Following;

public static class PersistedSessions
{
    /// <summary>
    /// The token cache in our database, encrypted with Data Protection whose key ring is in the database too: every
    /// instance reads every user's long-running session, and nothing in the table is readable without the key ring.
    /// Identity.Web's distributed token cache adapter uses the <see cref="IDistributedCache"/> registered here.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">
    /// Section <c>DataProtection</c>: <c>CertificatePath</c> (a .pfx with its private key) and <c>CertificatePassword</c>
    /// encrypt the key ring at rest with that certificate (<c>ProtectKeysWithCertificate</c>); <c>PreviousCertificatePaths</c>
    /// (with the same password) still decrypt keys written under certificates since replaced. Without a certificate the key
    /// ring is stored unencrypted in data_protection_key, and a copy of the database then holds both the encrypted token
    /// cache and the keys that open it (Data Protection logs "No XML encryptor configured" at start).
    /// </param>
    public static IServiceCollection AddPersistedSessions(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddSingleton<DatabaseXmlRepository>();
        var protection = services.AddDataProtection().SetApplicationName("CrossDept");
        if (KeyRingCertificates.From(configuration) is { } certificates)
            protection.ProtectKeysWithCertificate(certificates.Current).UnprotectKeysWithAnyCertificate([certificates.Current, .. certificates.Previous]);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = sp.GetRequiredService<DatabaseXmlRepository>()));
        services.AddSingleton<DatabaseDistributedCache>();
        services.AddSingleton<IDistributedCache>(sp => sp.GetRequiredService<DatabaseDistributedCache>());
        services.AddSingleton<Tracking.IUserDataEraser, TokenCacheEraser>();
        services.Configure<MsalDistributedTokenCacheAdapterOptions>(o =>
        {
            o.Encrypt = true;
            // No per-instance copy: after an erase or a sign-out no instance keeps using a token the database no longer has.
            o.DisableL1Cache = true;
        });
        return services;
    }
}

/// <summary>The certificate that encrypts the key ring at rest, from configuration (section DataProtection), if the operator gave one.</summary>
public sealed record KeyRingCertificates(X509Certificate2 Current, IReadOnlyList<X509Certificate2> Previous)
{
    public const string Section = "DataProtection";

    public static KeyRingCertificates? From(IConfiguration? configuration)
    {
        var section = configuration?.GetSection(Section);
        var path = section?["CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
            return null;
        var password = section!["CertificatePassword"];
        X509Certificate2 Load(string file)
        {
            if (!File.Exists(file))
                throw new InvalidOperationException($"{Section}:CertificatePath '{file}' does not exist.");
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(file, password);
            if (!certificate.HasPrivateKey)
                throw new InvalidOperationException($"{Section}:CertificatePath '{file}' has no private key; the key ring could not be read back.");
            return certificate;
        }
        var previous = section.GetSection("PreviousCertificatePaths").Get<string[]>() ?? [];
        return new KeyRingCertificates(Load(path), previous.Select(Load).ToArray());
    }
}

/// <summary>Erasing a user's data ends their long-running session: its cached tokens (keyed by the session key) go.</summary>
sealed class TokenCacheEraser(DatabaseDistributedCache cache) : Tracking.IUserDataEraser
{
    public Task EraseAsync(Tracking.Owner owner, CancellationToken ct) => cache.RemovePrefixAsync(LongRunningOboTokens.SessionKey(owner), ct);
}

/// <summary>Data Protection's key ring as rows: each key element under its friendly name; keys are never changed, only added.</summary>
public sealed class DatabaseXmlRepository(Database db) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        db.ReadAsync(async (c, token) => (IReadOnlyCollection<XElement>)(await c.QueryAsync<string>(new CommandDefinition(
            "SELECT xml FROM data_protection_key ORDER BY friendly_name", cancellationToken: token))).Select(XElement.Parse).ToArray(),
            CancellationToken.None).GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO data_protection_key (friendly_name, xml) VALUES (@friendlyName, @xml)
            ON CONFLICT (friendly_name) DO NOTHING
            """, new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) }, tx, cancellationToken: token)), CancellationToken.None)
            .GetAwaiter().GetResult();
}

/// <summary>
/// <see cref="IDistributedCache"/> over the token_cache table, with absolute and sliding expiry judged on our clock.
/// Values are opaque bytes (Identity.Web hands them over already encrypted).
/// </summary>
public sealed class DatabaseDistributedCache(Database db, TimeProvider clock) : IDistributedCache
{
    static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    sealed class Row
    {
        public string Value { get; set; } = "";
        public string? ExpiresAt { get; set; }
        public long? SlidingSeconds { get; set; }
        public string? AbsoluteExpiresAt { get; set; }
    }

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        var row = await db.ReadAsync((c, ct) => c.QuerySingleOrDefaultAsync<Row?>(new CommandDefinition(
            "SELECT value, expires_at, sliding_seconds, absolute_expires_at FROM token_cache WHERE cache_key = @key AND (expires_at IS NULL OR expires_at > @now)",
            new { key, now = Utc(clock.GetUtcNow()) }, cancellationToken: ct)), token);
        if (row is null)
            return null;
        if (row.SlidingSeconds is not null)
            await RefreshAsync(key, token);
        return Convert.FromBase64String(row.Value);
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? absolute = options.AbsoluteExpiration ?? (options.AbsoluteExpirationRelativeToNow is { } rel ? now + rel : null);
        var sliding = options.SlidingExpiration;
        return db.WriteAsync((c, tx, ct) => c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO token_cache (cache_key, value, expires_at, sliding_seconds, absolute_expires_at)
            VALUES (@key, @value, @expires, @sliding, @absolute)
            ON CONFLICT (cache_key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at,
                sliding_seconds = excluded.sliding_seconds, absolute_expires_at = excluded.absolute_expires_at
            """, new
        {
            key,
            value = Convert.ToBase64String(value),
            expires = Expiry(now, sliding, absolute) is { } e ? Utc(e) : null,
            sliding = sliding is { } s ? (long?)(long)s.TotalSeconds : null,
            absolute = absolute is { } a ? Utc(a) : null,
        }, tx, cancellationToken: ct)), token);
    }

    static DateTimeOffset? Expiry(DateTimeOffset now, TimeSpan? sliding, DateTimeOffset? absolute) => (sliding, absolute) switch
    {
        ({ } s, { } a) => now + s < a ? now + s : a,
        ({ } s, null) => now + s,
        (null, { } a) => a,
        _ => null,
    };

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        db.WriteAsync(async (c, tx, ct) =>
        {
            var row = await c.QuerySingleOrDefaultAsync<Row?>(new CommandDefinition(
                "SELECT value, expires_at, sliding_seconds, absolute_expires_at FROM token_cache WHERE cache_key = @key", new { key }, tx, cancellationToken: ct));
            if (row?.SlidingSeconds is not { } seconds)
                return 0;
            var absolute = row.AbsoluteExpiresAt is null ? (DateTimeOffset?)null : DateTimeOffset.Parse(row.AbsoluteExpiresAt, CultureInfo.InvariantCulture);
            var expires = Expiry(clock.GetUtcNow(), TimeSpan.FromSeconds(seconds), absolute);
            return await c.ExecuteAsync(new CommandDefinition("UPDATE token_cache SET expires_at = @expires WHERE cache_key = @key",
                new { key, expires = expires is { } e ? Utc(e) : null }, tx, cancellationToken: ct));
        }, token);

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        db.WriteAsync((c, tx, ct) => c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM token_cache WHERE cache_key = @key", new { key }, tx, cancellationToken: ct)), token);

    /// <summary>Every entry whose key starts with the prefix (a user's long-running session), e.g. on erase; returns how many.</summary>
    public Task<int> RemovePrefixAsync(string prefix, CancellationToken token = default) =>
        db.WriteAsync((c, tx, ct) => c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM token_cache WHERE substr(cache_key, 1, @length) = @prefix", new { prefix, length = prefix.Length }, tx, cancellationToken: ct)), token);

    /// <summary>Expired entries go (called by the following worker).</summary>
    public Task<int> PruneAsync(CancellationToken token = default) =>
        db.WriteAsync((c, tx, ct) => c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM token_cache WHERE expires_at IS NOT NULL AND expires_at <= @now", new { now = Utc(clock.GetUtcNow()) }, tx, cancellationToken: ct)), token);
}
