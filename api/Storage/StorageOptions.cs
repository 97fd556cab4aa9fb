using Microsoft.Extensions.Options;

namespace CrossDept.Storage;

/// <summary>Which database holds the tracked asks: SQLite in a file (one instance) or PostgreSQL (several instances).</summary>
public enum StorageProvider { Sqlite, Postgres }

/// <summary>The "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Sqlite (default) or Postgres.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite database file; relative paths are taken from the content root.</summary>
    public string SqlitePath { get; set; } = "data/crossdept.db";

    /// <summary>How long a SQLite writer waits for another writer's lock before the retry pipeline sees BUSY.</summary>
    public int SqliteBusyTimeoutMs { get; set; } = 5000;

    /// <summary>The Npgsql connection string; required when Provider is Postgres.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Attempts after the first for a unit of work that failed on a transient database error.</summary>
    public int TransientRetries { get; set; } = 6;
}

/// <summary>Fails the host at start, naming the configuration path, instead of at the first request.</summary>
sealed class StorageOptionsValidation : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
            failures.Add($"{StorageOptions.Section}:Provider must be Sqlite or Postgres.");
        if (options.Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
            failures.Add($"{StorageOptions.Section}:ConnectionString is required when {StorageOptions.Section}:Provider is Postgres.");
        if (options.Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(options.SqlitePath))
            failures.Add($"{StorageOptions.Section}:SqlitePath is required when {StorageOptions.Section}:Provider is Sqlite.");
        if (options.SqliteBusyTimeoutMs < 0)
            failures.Add($"{StorageOptions.Section}:SqliteBusyTimeoutMs cannot be negative.");
        if (options.TransientRetries is < 0 or > 20)
            failures.Add($"{StorageOptions.Section}:TransientRetries must be between 0 and 20.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
