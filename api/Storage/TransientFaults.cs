using Microsoft.Data.Sqlite;
using Npgsql;
using Polly;
using Polly.Retry;

namespace CrossDept.Storage;

/// <summary>
/// The one retry layer for the database: a unit of work (connection, transaction, statements) that failed on a
/// transient error is run again from the start, so a retry never sees half of an earlier attempt.
/// </summary>
public static class TransientFaults
{
    const int SqliteBusy = 5, SqliteLocked = 6;

    public static bool IsTransient(Exception exception) => exception switch
    {
        SqliteException e => e.SqliteErrorCode is SqliteBusy or SqliteLocked,
        // 40001 serialization failure, 40P01 deadlock, 57P01/57P02/57P03 the server going away or not ready,
        // 08xxx connection exceptions; Npgsql's IsTransient adds lost sockets and timeouts.
        PostgresException e => e.SqlState is "40001" or "40P01" or "57P01" or "57P02" or "57P03"
            || e.SqlState.StartsWith("08", StringComparison.Ordinal) || e.IsTransient,
        NpgsqlException e => e.IsTransient || e.InnerException is IOException or System.Net.Sockets.SocketException,
        _ => false,
    };

    public static ResiliencePipeline CreatePipeline(int retries, ILogger logger) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = Math.Max(retries, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(25),
                MaxDelay = TimeSpan.FromSeconds(1),
                OnRetry = args =>
                {
                    logger.LogWarning(args.Outcome.Exception, "Transient database error, attempt {Attempt}; retrying in {Delay}",
                        args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
