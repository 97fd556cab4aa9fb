using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CrossDept.Graph;

/// <summary>
/// What the pane should do when Graph cannot answer: sign in again with more consent or claims (403 with
/// WWW-Authenticate), or try later (503 with Retry-After); any other answer of Graph's is mapped to the status that tells the
/// pane what to do (404, 409, 422, or 502 when the fault is Graph's), so no Graph error reaches the caller as a 500.
/// </summary>
public sealed class GraphProblems(IProblemDetailsService problems, GraphSettings settings, ILogger<GraphProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        switch (Unwrap(exception))
        {
            case MsalUiRequiredException challenge:
                return await Challenge(context, challenge, exception);
            case BrokenCircuitException broken:
                return await Unavailable(context, exception, broken.RetryAfter ?? settings.BreakDuration, "Microsoft Graph has been failing; calls are paused for a moment.");
            case TimeoutRejectedException:
                return await Unavailable(context, exception, null, "Microsoft Graph did not answer in time.");
            case HttpRequestException:
                return await Unavailable(context, exception, null, "Microsoft Graph could not be reached.");
            case ApiException api when api.ResponseStatusCode is 429 or >= 500:
                var retryAfter = api.ResponseHeaders.TryGetValue("Retry-After", out var values)
                    && int.TryParse(values.FirstOrDefault(), out var seconds) ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
                return await Unavailable(context, exception, retryAfter, api.ResponseStatusCode == 429
                    ? "Microsoft Graph is throttling this mailbox." : $"Microsoft Graph answered {api.ResponseStatusCode}.");
            case ApiException { ResponseStatusCode: 401 or 403 } api:
                return await Write(context, exception, StatusCodes.Status403Forbidden, "Microsoft Graph refused the request",
                    $"Graph answered {api.ResponseStatusCode}: the app may lack a permission in this tenant (see the README's Entra ID registration).");
            case ApiException { ResponseStatusCode: 404 or 410 }:
                return await Write(context, exception, StatusCodes.Status404NotFound, "Not found in Microsoft 365",
                    "Microsoft Graph has no such item for this mailbox (it may have been deleted or moved).");
            case ApiException { ResponseStatusCode: 409 or 412 }:
                return await Write(context, exception, StatusCodes.Status409Conflict, "Changed in Microsoft 365 meanwhile",
                    "The item changed in the mailbox while the API was writing it; read it again and retry.");
            case ApiException { ResponseStatusCode: 400 or 413 or 414 or 422 } api:
                logger.LogInformation("Microsoft Graph refused a request with {Status}", api.ResponseStatusCode);
                return await Write(context, exception, StatusCodes.Status422UnprocessableEntity, "Microsoft 365 could not process this",
                    $"Microsoft Graph answered {api.ResponseStatusCode}: something in the request (an address, an id, a date) is not one it accepts.");
            case ApiException api:
                logger.LogWarning("Microsoft Graph answered {Status}", api.ResponseStatusCode);
                return await Write(context, exception, StatusCodes.Status502BadGateway, "Microsoft 365 answered unexpectedly",
                    $"Microsoft Graph answered {api.ResponseStatusCode}.");
            default:
                return false;
        }
    }

    static Exception Unwrap(Exception e) => e switch
    {
        MicrosoftIdentityWebChallengeUserException { MsalUiRequiredException: { } inner } => inner,
        { InnerException: MsalUiRequiredException inner } => inner,
        _ => e,
    };

    async Task<bool> Challenge(HttpContext context, MsalUiRequiredException challenge, Exception exception)
    {
        // The pane passes these claims to MSAL (NAA) when it asks the user again, then retries the call.
        var parameters = new List<string> { $"error=\"{(string.IsNullOrEmpty(challenge.Claims) ? "insufficient_scope" : "insufficient_claims")}\"" };
        if (!string.IsNullOrEmpty(challenge.Claims))
            parameters.Add($"claims=\"{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(challenge.Claims))}\"");
        parameters.Add($"scope=\"{string.Join(' ', settings.Scopes)}\"");
        context.Response.Headers.WWWAuthenticate = "Bearer " + string.Join(", ", parameters);
        return await Write(context, exception, StatusCodes.Status403Forbidden, "Sign in again to continue",
            "Microsoft 365 needs the user's consent or a fresh sign-in (conditional access) before the API can read the mailbox.",
            new() { ["claims"] = challenge.Claims, ["scopes"] = settings.Scopes });
    }

    async Task<bool> Unavailable(HttpContext context, Exception exception, TimeSpan? retryAfter, string detail)
    {
        logger.LogWarning(exception, "Microsoft Graph unavailable: {Detail}", detail);
        if (retryAfter is { } wait)
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await Write(context, exception, StatusCodes.Status503ServiceUnavailable, "Microsoft 365 is unavailable", detail + " Try again shortly.");
    }

    async Task<bool> Write(HttpContext context, Exception exception, int status, string title, string detail, Dictionary<string, object?>? extensions = null)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? [])
            problem.Extensions[key] = value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
