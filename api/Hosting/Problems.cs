using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CrossDept.Hosting;

public static class Problems
{
    /// <summary>Every error is ProblemDetails, with the trace id an operator can search the logs for.</summary>
    public static IServiceCollection AddProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
            // A body cut off at the route's limit inside model binding reaches here as a bare 413: say which limit.
            if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge && context.ProblemDetails.Detail is null)
                context.ProblemDetails.Detail = RequestLimits.DescribeBodyLimit(context.HttpContext);
        });
        // A body or a parameter that cannot be bound throws in every environment, so it reaches ClientErrors (one log line,
        // a ProblemDetails saying why) instead of a bare 400 in Production and an exception in Development.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // Registered before the feature handlers (Graph, storage): the caller's own mistakes are decided first.
        services.AddExceptionHandler<ClientErrors>();
        return services;
    }

    /// <summary>
    /// Exceptions become ProblemDetails; the caller's mistakes (a body that is not JSON, too large, a bad header) keep
    /// their 4xx and are logged at Information without a stack trace by <see cref="ClientErrors"/>, so a fuzzer or a
    /// broken client cannot fill the logs with errors. What is left is ours: 500, logged at Error.
    /// </summary>
    public static WebApplication UseProblems(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            // Handlers that recognised the exception logged it at the level it deserves.
            SuppressDiagnosticsCallback = context => context.ExceptionHandledBy == ExceptionHandledType.ExceptionHandlerService,
        });
        app.UseStatusCodePages();
        return app;
    }
}

/// <summary>The request was malformed: a 4xx for the caller, one line at Information for the operator.</summary>
sealed class ClientErrors(IProblemDetailsService problems, ILogger<ClientErrors> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            // The caller left (the work stopped at its cancellation token): nobody reads this answer; 499 is nginx's name for it.
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "The client closed the request."),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, RequestLimits.DescribeBodyLimit(context)),
            BadHttpRequestException { InnerException: JsonException json } => (400, "The body is not valid JSON for this route: " + json.Message),
            BadHttpRequestException bad => (bad.StatusCode, bad.Message),
            _ => (0, null),
        };
        if (status == 0 || context.Response.HasStarted)
            return false;
        logger.LogInformation("Client error {Status} on {Method} {Route}: {Reason}", status, context.Request.Method,
            context.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.DisplayName ?? context.GetEndpoint()?.DisplayName ?? "(no route)", exception.Message);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
