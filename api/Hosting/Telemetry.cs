using System.Text.RegularExpressions;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CrossDept.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics for incoming requests, HttpClient (Graph) and Npgsql, exported by OTLP only when an
/// endpoint is configured (<c>Telemetry:OtlpEndpoint</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); off otherwise.
/// Spans carry route templates and paths with addresses replaced, never a query string: no one's address or token leaves.
/// </summary>
public static partial class Telemetry
{
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var endpoint = builder.Configuration["Telemetry:OtlpEndpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
            return builder;
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
            throw new InvalidOperationException($"Telemetry:OtlpEndpoint must be an absolute URL; got '{endpoint}'.");

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["Telemetry:ServiceName"] ?? "crossdept-api"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz");
                    options.EnrichWithHttpResponse = (activity, response) =>
                    {
                        activity.SetTag("url.path", RedactPath(response.HttpContext.Request.Path.Value));
                        activity.SetTag("url.query", null);
                        activity.DisplayName = $"{response.HttpContext.Request.Method} {activity.GetTagItem("http.route") ?? "(no route)"}";
                    };
                })
                .AddHttpClientInstrumentation(options => options.EnrichWithHttpRequestMessage = (activity, request) =>
                {
                    if (request.RequestUri is { } target)
                        activity.SetTag("url.full", $"{target.Scheme}://{target.Authority}{RedactPath(target.AbsolutePath)}");
                })
                .AddNpgsql()
                .AddOtlpExporter(options => options.Endpoint = uri))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("Npgsql")
                .AddOtlpExporter(options => options.Endpoint = uri));
        return builder;
    }

    [GeneratedRegex(@"[^/]*(@|%40)[^/]*", RegexOptions.IgnoreCase)]
    private static partial Regex AddressSegment();

    /// <summary>A path with every segment that holds an address replaced: /api/people/raj@contoso.com → /api/people/{address}.</summary>
    public static string RedactPath(string? path) => AddressSegment().Replace(path ?? "", "{address}");
}
