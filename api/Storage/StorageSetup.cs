using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
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
        services.AddExceptionHandler<StorageProblems>();
        // /healthz answers unhealthy when this instance cannot reach its database: a load balancer stops sending it requests.
        services.AddHealthChecks().AddCheck<DatabaseHealth>("database");
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

/// <summary>One round trip to the database, through the same connection path as every request.</summary>
sealed class DatabaseHealth(Database db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var connection = await db.OpenAsync(ct);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: ct));
            return HealthCheckResult.Healthy(db.Describe);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"{db.Describe} is unreachable", e);
        }
    }
}
