using CrossDept.Hosting;
using CrossDept.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using static CrossDept.Tests.Hosting.Api;

namespace CrossDept.Tests.Hosting;

public sealed class TelemetryTests
{
    [Test]
    public void TracesAndMetricsAreOffUnlessAnOtlpEndpointIsConfigured()
    {
        using var off = new ApiFactory(Settings());
        using var on = new ApiFactory(Settings(("Telemetry:OtlpEndpoint", "http://127.0.0.1:4317")));

        Assert.That(off.Services.GetService<TracerProvider>(), Is.Null);
        Assert.That(off.Services.GetService<MeterProvider>(), Is.Null);
        Assert.That(on.Services.GetService<TracerProvider>(), Is.Not.Null);
        Assert.That(on.Services.GetService<MeterProvider>(), Is.Not.Null);
    }

    [TestCase("/api/people/raj.patel@contoso.com", "/api/people/{address}")]
    [TestCase("/api/people/t..hodge%40contoso.com", "/api/people/{address}")]
    [TestCase("/v1.0/users/.nelson@contoso.com/manager", "/v1.0/users/{address}/manager")]
    [TestCase("/api/tracked/abc/refresh", "/api/tracked/abc/refresh")]
    public void SpanPathsCarryNoAddress(string path, string redacted) =>
        Assert.That(Telemetry.RedactPath(path), Is.EqualTo(redacted));
}
