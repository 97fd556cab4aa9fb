using BenchmarkDotNet.Attributes;
using CrossDept.Threads.Reading;

namespace CrossDept.Bench;

/// <summary>
/// The worst HTML nesting a message can carry: nested &lt;div&gt;s around one sentence, at 250 KB, 500 KB and 1 MB (the
/// 1 MB case is 95,000 divs deep; before the reader capped nesting, 100,000 of them took 76 s of CPU). Sibling paragraphs
/// of the same size beside each are the linear baseline: cost linear in bytes means the time doubles with the size and
/// the ratio to the flat case stays put.
/// </summary>
[MemoryDiagnoser]
public class NestedHtmlBenchmarks
{
    [Params(250 * 1024, 500 * 1024, 1024 * 1024)]
    public int Bytes { get; set; }

    string _nested = null!;
    string _flat = null!;

    [GlobalSetup]
    public void Setup()
    {
        _nested = Workloads.NestedDivs(Bytes);
        _flat = Workloads.FlatParagraphs(_nested.Length);
    }

    [Benchmark]
    public string NestedDivs() => HtmlText.ToText(_nested);

    [Benchmark(Baseline = true)]
    public string FlatParagraphs() => HtmlText.ToText(_flat);
}
