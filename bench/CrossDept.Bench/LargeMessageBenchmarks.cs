using System.Text;
using BenchmarkDotNet.Attributes;
using CrossDept.Threads;
using CrossDept.Threads.Reading;
using MimeKit;

namespace CrossDept.Bench;

/// <summary>
/// One 5 MB plain-text message (a long report pasted into a reply: paragraphs of ordinary prose with a promise, a
/// question, a hedge and a date every few lines), read and analysed, against MimeKit's parse of the same bytes as the
/// baseline: issue 13 asks that the whole analysis cost at most 3× the parse, i.e. stay linear in bytes.
/// </summary>
[MemoryDiagnoser]
public class LargeMessageBenchmarks
{
    byte[] _mime = [];

    static readonly string[] Paragraph =
    [
        "Line {0} of the weekly operations report: the depot received 48 pallets and shipped 45, with three held for inspection.",
        "The carrier confirmed the Thursday pickup window and the customs broker has the paperwork for lot {0}.",
        "I'll send the updated stock count for lot {0} by Friday.",
        "We might be able to bring the audit forward, but no promises at this stage.",
        "Could you check whether the returns from region {0} were booked against the right cost centre?",
        "Last week the team closed 112 tickets and opened 97; the backlog is now at its lowest since March.",
        "Our team will have the reconciliation for batch {0} ready by the 20th.",
        "Thanks again to everyone who covered the late shifts while the scanners were being replaced.",
    ];

    [GlobalSetup]
    public void Setup()
    {
        var body = new StringBuilder(5 * 1024 * 1024 + 1024);
        for (var i = 0; body.Length < 5 * 1024 * 1024; i++)
        {
            foreach (var line in Paragraph)
                body.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, line, i)).Append(' ');
            body.Append("\r\n\r\n");
        }
        var headers = "From: Raj Patel <raj.patel@contoso.com>\r\nTo: Jane Doe <jane.doe@contoso.com>\r\nSubject: Weekly operations report\r\n"
            + "Date: Mon, 2 Nov 2026 10:00:00 -0500\r\nMessage-ID: <large@contoso.com>\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
        _mime = Encoding.UTF8.GetBytes(headers + body);
    }

    [Benchmark(Baseline = true)]
    public MimeMessage MimeKitParse() => MimeMessage.Load(new MemoryStream(_mime));

    [Benchmark]
    public ThreadAnalysis ReadAndAnalyse5MB() =>
        ThreadAnalyzer.Analyze(new ConversationInput(null, [MimeSource.Parse(new MemoryStream(_mime), "large.eml")]), SampleThreads.Me, SampleThreads.Now);
}
