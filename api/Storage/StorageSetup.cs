using Microsoft.Extensions.Options;

namespace CrossDept.Storage;

public static class StorageSetup
{
    /// <summary>
    /// The database chosen by the "Storage" section (SQLite file by default, PostgreSQL for several instances),
    /// its retry pipeline, and the migrations applied before the server takes requests.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("CrossDept.Storage");
            return new Database(options, sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
                TransientFaults.CreatePipeline(options.TransientRetries, logger));
        });
        services.AddHostedService<MigrateOnStart>();
        return services;
    }
}

/// <summary>Runs before Kestrel listens: an instance never serves requests against an older schema.</summary>
sealed class MigrateOnStart(Database db, ILogger<MigrateOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var applied = await Migrations.ApplyAsync(db, Migrations.Shipped, ct);
        logger.LogInformation("Storage: {Database}; migrations applied now: {Applied}", db.Describe,
            applied.Count == 0 ? "none (up to date)" : string.Join(", ", applied));
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
