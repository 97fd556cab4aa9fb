using BenchmarkDotNet.Attributes;
using CrossDept.Threads;
using MimeKit;

namespace CrossDept.Bench;

/// <summary>
/// One 5 MB plain-text message (a long report pasted into a reply: paragraphs of ordinary prose with a promise, a
/// question, a hedge and a date every few lines), read and analysed, against MimeKit's parse of the same bytes as the
/// baseline: issue 13 asks that the whole analysis cost at most 3× the parse, i.e. stay linear in bytes. The parse with
/// the body decoded to a string (<c>TextBody</c>) is beside it: <c>MimeMessage.Load</c> alone does not decode the body.
/// </summary>
[MemoryDiagnoser]
public class LargeMessageBenchmarks
{
    byte[] _mime = [];

    [GlobalSetup]
    public void Setup() => _mime = Workloads.PlainMessage(5 * 1024 * 1024);

    [Benchmark(Baseline = true)]
    public MimeMessage MimeKitParse() => Workloads.Parse(_mime);

    [Benchmark]
    public string? MimeKitParseAndDecode() => Workloads.ParseAndDecode(_mime);

    [Benchmark]
    public ThreadAnalysis ReadAndAnalyse5MB() => Workloads.Analyse(_mime);
}
