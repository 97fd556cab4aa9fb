using System.Text;
using BenchmarkDotNet.Attributes;
using CrossDept.Threads.Reading;

namespace CrossDept.Bench;

/// <summary>
/// The worst HTML nesting a message can carry: 100,000 nested &lt;div&gt;s around one sentence, 1.1 MB. Before the reader
/// capped nesting it took 76 s of CPU; the cost must stay linear in bytes. The plain 1 MB of sibling paragraphs beside it
/// is the linear baseline of the same size.
/// </summary>
[MemoryDiagnoser]
public class NestedHtmlBenchmarks
{
    string _nested = null!;
    string _flat = null!;

    [GlobalSetup]
    public void Setup()
    {
        const int depth = 100_000;
        var nested = new StringBuilder(depth * 11 + 64);
        for (var i = 0; i < depth; i++)
            nested.Append("<div>");
        nested.Append("I will send the report by Friday.");
        for (var i = 0; i < depth; i++)
            nested.Append("</div>");
        _nested = nested.ToString();

        var flat = new StringBuilder(_nested.Length + 64);
        while (flat.Length < _nested.Length)
            flat.Append("<p>Line ").Append(flat.Length).Append("</p>");
        _flat = flat.ToString();
    }

    [Benchmark]
    public string NestedDivs1MB() => HtmlText.ToText(_nested);

    [Benchmark(Baseline = true)]
    public string FlatParagraphs1MB() => HtmlText.ToText(_flat);
}
