using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using CrossDept.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CrossDept.Tests.Hosting;

/// <summary>
/// Requests Kestrel refuses before any middleware runs, sent byte for byte on a real socket to the real Kestrel on
/// 127.0.0.1: the answer is problem+json naming the problem, like every other error, not a status with an empty body.
/// </summary>
public sealed class KestrelErrorTests
{
    ApiFactory api = null!;
    int port;

    [OneTimeSetUp]
    public void StartKestrel()
    {
        api = new ApiFactory(Api.Settings());
        api.UseKestrel(0);
        api.StartServer();
        var address = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        port = new Uri(address).Port;
    }

    [OneTimeTearDown]
    public void StopKestrel() => api.Dispose();

    sealed record Answer(int Status, Dictionary<string, string> Headers, string Body)
    {
        public JsonNode Problem(int status)
        {
            Assert.That(Status, Is.EqualTo(status), Body);
            Assert.That(Headers.GetValueOrDefault("content-type"), Is.EqualTo("application/problem+json"), Body);
            var body = Headers.GetValueOrDefault("transfer-encoding") == "chunked" ? Dechunk(Body) : Body;
            if (Headers.TryGetValue("content-length", out var length))
                Assert.That(int.Parse(length), Is.EqualTo(Encoding.UTF8.GetByteCount(body)));
            var problem = JsonNode.Parse(body)!;
            Assert.That(problem["status"]!.GetValue<int>(), Is.EqualTo(status));
            return problem;
        }
    }

    /// <summary>The body of a chunked answer (the API's own answers are chunked; Kestrel's rewritten ones have a length).</summary>
    static string Dechunk(string chunked)
    {
        var body = new StringBuilder();
        var at = 0;
        while (true)
        {
            var lineEnd = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[at..lineEnd].Split(';')[0], 16);
            if (size == 0)
                return body.ToString();
            body.Append(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    /// <summary>Sends the bytes as they are and reads the one answer (Kestrel closes the connection after a refusal).</summary>
    async Task<Answer> SendRaw(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        }
        catch (IOException)
        {
            // Kestrel may answer and close before it has read everything sent; the answer is still there to read.
        }
        var received = new MemoryStream();
        var buffer = new byte[8192];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            int n;
            try
            {
                n = await stream.ReadAsync(buffer, timeout.Token);
            }
            catch (IOException)
            {
                break;
            }
            if (n == 0)
                break;
            received.Write(buffer, 0, n);
            if (Complete(received.ToArray()))
                break;
        }
        var text = Encoding.UTF8.GetString(received.ToArray());
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.That(headEnd, Is.GreaterThan(0), $"an HTTP answer: {text}");
        var lines = text[..headEnd].Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        return new Answer(int.Parse(lines[0].Split(' ')[1]), headers, text[(headEnd + 4)..]);
    }

    /// <summary>The head and as many body bytes as Content-Length says.</summary>
    static bool Complete(byte[] bytes)
    {
        var text = Encoding.ASCII.GetString(bytes);
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headEnd < 0)
            return false;
        var length = text[..headEnd].Split("\r\n").Select(l => l.Split(':', 2))
            .FirstOrDefault(p => p[0].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))?[1].Trim();
        return length is not null && bytes.Length - (headEnd + 4) >= int.Parse(length);
    }

    [Test]
    public async Task AMalformedRequestLineIs400ProblemJson()
    {
        var answer = await SendRaw("GARBAGE\r\nHost: 127.0.0.1\r\n\r\n");

        var problem = answer.Problem(400);
        Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("The request is malformed"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("Invalid request line"));
        Assert.That(answer.Body, Does.Not.Contain("GARBAGE"), "the client's bytes are not echoed");
    }

    [Test]
    public async Task ABadHostHeaderIs400ProblemJson()
    {
        var answer = await SendRaw("GET /healthz HTTP/1.1\r\nHost: exa mple/com\r\n\r\n");

        var problem = answer.Problem(400);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("Host"));
    }

    [Test]
    public async Task ATenKilobyteAddressIsOur414NamingTheLimit()
    {
        var answer = await SendRaw($"GET /api/tracked?conversationId={new string('x', 10_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        var problem = answer.Problem(414);
        Assert.That(problem["limit"]!.GetValue<string>(), Is.EqualTo("Limits:MaxUrlLength"));
    }

    [Test]
    public async Task AnAddressPastKestrelsOwnLineLimitIs414ProblemJsonToo()
    {
        var answer = await SendRaw($"GET /api/tracked?conversationId={new string('x', 40_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

        var problem = answer.Problem(414);
        Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("The address is too long"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("Limits:MaxUrlLength"));
    }

    [Test]
    public async Task HeadersOverOurLimitAre431NamingIt()
    {
        var answer = await SendRaw($"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: {new string('p', 36_000)}\r\nConnection: close\r\n\r\n");

        var problem = answer.Problem(431);
        Assert.That(problem["limit"]!.GetValue<string>(), Is.EqualTo("Limits:MaxHeaderBytes"));
    }

    [Test]
    public async Task SixtyFourKilobytesOfHeadersAre431ProblemJson()
    {
        var headers = string.Concat(Enumerable.Range(0, 4).Select(i => $"X-Padding-{i}: {new string('p', 16_000)}\r\n"));
        var answer = await SendRaw($"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}\r\n");

        var problem = answer.Problem(431);
        Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("The request headers are too large"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("Limits:MaxHeaderBytes"));
    }

    [Test]
    public async Task ARequestAfterAGoodOneOnTheSameConnectionIsStillAnsweredAsProblemJson()
    {
        // Keep-alive: the first answer goes out untouched, the refusal after it gets its body.
        var answer = await SendRaw("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGARBAGE\r\n\r\n");

        Assert.That(answer.Status, Is.EqualTo(200));
        var rest = answer.Body[answer.Body.IndexOf("HTTP/1.1", StringComparison.Ordinal)..];
        Assert.That(rest, Does.StartWith("HTTP/1.1 400"));
        Assert.That(rest, Does.Contain("Content-Type: application/problem+json"));
        Assert.That(rest, Does.Contain("Invalid request line"));
    }
}
