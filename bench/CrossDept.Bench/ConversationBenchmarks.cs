using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CrossDept.Threads;
using CrossDept.Threads.Reading;

namespace CrossDept.Bench;

public enum Client { Outlook, Gmail }

/// <summary>
/// Reading and analysing one conversation of 10, 50 and 200 HTML messages built from the corpus: each message is a
/// corpus reply's own words on top of the whole previous message, quoted the way the client does it (Outlook's
/// appendonsend/divRplyFwdMsg block, Gmail's gmail_quote blockquote), so the history grows as it does in real threads.
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class ConversationBenchmarks
{
    [Params(10, 50, 200)]
    public int Messages { get; set; }

    [Params(Client.Outlook, Client.Gmail)]
    public Client Client { get; set; }

    ConversationInput _conversation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _conversation = SampleThreads.Build(Messages, Client);
        InputBytes[(Messages, Client)] = _conversation.Messages.Sum(m => (long)Encoding.UTF8.GetByteCount(m.Html ?? ""));
    }

    [Benchmark]
    public ThreadAnalysis ReadAndAnalyse() => ThreadAnalyzer.Analyze(_conversation, SampleThreads.Me, SampleThreads.Now);

    /// <summary>UTF-8 bytes of HTML per conversation, for the MB/s column (filled in each benchmark process and at report time).</summary>
    public static readonly Dictionary<(int, Client), long> InputBytes = [];
}

/// <summary>Adds input size and MB/s (input bytes / median time) to the table.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(StatisticColumn.Median, new InputColumn(), new ThroughputColumn());
    }

    static long Bytes(BenchmarkCase benchmark)
    {
        var messages = (int)benchmark.Parameters["Messages"];
        var client = (Client)benchmark.Parameters["Client"];
        if (!ConversationBenchmarks.InputBytes.TryGetValue((messages, client), out var bytes))
        {
            bytes = SampleThreads.Build(messages, client).Messages.Sum(m => (long)Encoding.UTF8.GetByteCount(m.Html ?? ""));
            ConversationBenchmarks.InputBytes[(messages, client)] = bytes;
        }
        return bytes;
    }

    sealed class InputColumn : IColumn
    {
        public string Id => "InputKB";
        public string ColumnName => "Input KB";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "UTF-8 HTML bytes in the conversation / 1024";
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => (Bytes(benchmarkCase) / 1024.0).ToString("N0");
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }

    sealed class ThroughputColumn : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 1;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Input bytes / median time (1 MB = 10^6 bytes)";
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var median = summary[benchmarkCase]?.ResultStatistics?.Median;
            return median is > 0 ? (Bytes(benchmarkCase) / (median.Value / 1e9) / 1e6).ToString("N1") : "?";
        }
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}

/// <summary>Threads made from the corpus's own replies (../shared/corpus/dev, or CROSSDEPT_SHARED).</summary>
public static class SampleThreads
{
    public const string Me = "jane.doe@contoso.com";
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.FromHours(-5));

    static readonly Lazy<IReadOnlyList<IncomingMessage>> Corpus = new(LoadCorpus);

    public static ConversationInput Build(int count, Client client)
    {
        var samples = Corpus.Value;
        var messages = new List<IncomingMessage>(count);
        string? previousBody = null;
        IncomingMessage? previous = null;
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-5));
        for (var i = 0; i < count; i++)
        {
            var sample = samples[i % samples.Count];
            var own = OwnWords(sample.Html!);
            var sentAt = start.AddMinutes(37 * i);
            // Alternate the owner with the other participants so the recipients logic has real work.
            var from = i % 2 == 0 ? new Person("Jane Doe", Me) : sample.From.Is(Me) ? new Person("Raj Patel", "raj.patel@contoso.com") : sample.From;
            var to = i % 2 == 0 ? samples.Select(s => s.From).Where(p => !p.Is(Me)).DistinctBy(p => p.Address).Take(3).ToArray() : [new Person("Jane Doe", Me)];
            var body = previous is null ? own : client switch
            {
                Client.Outlook => own + OutlookHeader(previous) + previousBody,
                _ => own + GmailQuote(previous, previousBody!),
            };
            var message = new IncomingMessage
            {
                Id = $"<bench.{i}@contoso.com>",
                From = from,
                To = to,
                SentAt = sentAt,
                Subject = i == 0 ? "Churn and refund data for the CX dashboard" : "RE: Churn and refund data for the CX dashboard",
                Html = $"<html><head><meta charset=\"utf-8\"></head><body>{body}</body></html>",
            };
            messages.Add(message);
            previous = message;
            previousBody = body;
        }
        return new ConversationInput(null, messages);
    }

    static string OutlookHeader(IncomingMessage m) =>
        "<div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\">"
        + "<font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
        + $"<b>From:</b> {WebUtility.HtmlEncode(m.From.Name)} &lt;{m.From.Address}&gt;<br><b>Sent:</b> {m.SentAt:dddd, MMMM d, yyyy h:mm tt}<br>"
        + $"<b>To:</b> {string.Join("; ", m.To.Select(p => WebUtility.HtmlEncode(p.Name)))}<br><b>Subject:</b> {WebUtility.HtmlEncode(m.Subject)}<br></font><div>&nbsp;</div></div>";

    static string GmailQuote(IncomingMessage m, string body) =>
        $"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On {m.SentAt:ddd, MMM d, yyyy} at {m.SentAt:h:mm tt} {WebUtility.HtmlEncode(m.From.Name)} &lt;<a href=\"mailto:{m.From.Address}\">{m.From.Address}</a>&gt; wrote:<br></div>"
        + $"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">{body}</blockquote></div>";

    /// <summary>The sender's own part of a corpus HTML reply: the body up to Outlook's history marker.</summary>
    static string OwnWords(string html)
    {
        var bodyStart = html.IndexOf("<body>", StringComparison.OrdinalIgnoreCase);
        var from = bodyStart < 0 ? 0 : bodyStart + "<body>".Length;
        var marker = html.IndexOf("<div id=\"appendonsend\"", from, StringComparison.OrdinalIgnoreCase);
        var end = marker >= 0 ? marker : html.IndexOf("</body>", from, StringComparison.OrdinalIgnoreCase);
        var own = html[from..(end < 0 ? html.Length : end)];
        // Close the wrapping <div dir="ltr"> that the cut leaves open.
        return own.StartsWith("<div", StringComparison.Ordinal) && marker >= 0 ? own + "</div>" : own;
    }

    static IReadOnlyList<IncomingMessage> LoadCorpus()
    {
        var corpus = Path.Combine(SharedFolder(), "corpus", "dev");
        if (!Directory.Exists(corpus))
            throw new InvalidOperationException($"the corpus is not at {corpus}; set CROSSDEPT_SHARED to the shared folder");
        var messages = MimeSource.Load(Directory.GetDirectories(corpus).Order(StringComparer.Ordinal))
            .Where(m => m.Html is not null)
            .ToArray();
        return messages;
    }

    /// <summary>The shared folder: CROSSDEPT_SHARED, else ../shared beside the repository this runs from.</summary>
    internal static string SharedFolder() =>
        Environment.GetEnvironmentVariable("CROSSDEPT_SHARED") is { Length: > 0 } configured ? configured : FindShared();

    static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CrossDeptAddin.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        return Path.GetFullPath("../shared");
    }
}
