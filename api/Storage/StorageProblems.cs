using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CrossDept.Storage;

/// <summary>
/// The database stayed busy or unreachable through every retry: the caller gets 503 with Retry-After (their write did
/// not happen and is safe to repeat), never a 500 "database is locked".
/// </summary>
sealed class StorageProblems(IProblemDetailsService problems, ILogger<StorageProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!TransientFaults.IsTransient(exception) || context.Response.HasStarted)
            return false;
        logger.LogWarning("Database busy or unreachable after retries on {Route}: {Reason}", context.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.DisplayName, exception.Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = 1.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The database is busy",
                Detail = "Nothing was changed. Try again in a moment.",
            },
        });
    }
}
