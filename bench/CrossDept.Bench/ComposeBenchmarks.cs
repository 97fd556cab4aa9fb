using BenchmarkDotNet.Attributes;
using CrossDept.Threads;

namespace CrossDept.Bench;

/// <summary>
/// The confirmation email for 500 to 4,000 agreements (40 owners, 10 people copied): past about 1,100 points the draft
/// exceeds Outlook's 30 KB body and points are left out, which must not make the cost grow faster than the agreements.
/// </summary>
[MemoryDiagnoser]
public class ComposeBenchmarks
{
    [Params(500, 1_000, 2_000, 4_000)]
    public int Agreements { get; set; }

    IReadOnlyList<Agreement> _agreements = [];
    IReadOnlyList<Person> _copied = [];

    [GlobalSetup]
    public void Setup()
    {
        _agreements = Workloads.Agreements(Agreements);
        _copied = Workloads.Copied(10);
    }

    [Benchmark]
    public ConfirmationDraft Compose() => Workloads.Compose(_agreements, _copied);
}
