using System.Diagnostics;
using System.Globalization;
using System.Text;
using CrossDept.Outreach;
using CrossDept.Threads;
using CrossDept.Threads.Reading;
using MimeKit;

namespace CrossDept.Bench;

/// <summary>
/// The inputs of the size benchmarks, built in one place so that BenchmarkDotNet and the <c>profile</c> command (run
/// under callgrind or a stopwatch) measure the same bytes.
/// </summary>
public static class Workloads
{
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

    /// <summary>
    /// A plain-text message of about <paramref name="bytes"/> bytes of body: a long report pasted into a reply, paragraphs of
    /// ordinary prose with a promise, a question, a hedge and a date every few lines.
    /// </summary>
    public static byte[] PlainMessage(int bytes)
    {
        var body = new StringBuilder(bytes + 1024);
        for (var i = 0; body.Length < bytes; i++)
        {
            foreach (var line in Paragraph)
                body.Append(string.Format(CultureInfo.InvariantCulture, line, i)).Append(' ');
            body.Append("\r\n\r\n");
        }
        var headers = "From: Raj Patel <raj.patel@contoso.com>\r\nTo: Jane Doe <jane.doe@contoso.com>\r\nSubject: Weekly operations report\r\n"
            + "Date: Mon, 2 Nov 2026 10:00:00 -0500\r\nMessage-ID: <large@contoso.com>\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
        return Encoding.UTF8.GetBytes(headers + body);
    }

    /// <summary>MimeKit's parse alone: the baseline the whole analysis is measured against.</summary>
    public static MimeMessage Parse(byte[] mime) => MimeMessage.Load(new MemoryStream(mime));

    /// <summary>MimeKit's parse with the body decoded to a string: what the reader cannot do without.</summary>
    public static string? ParseAndDecode(byte[] mime) => Parse(mime).TextBody;

    /// <summary>The whole analysis of one message given as MIME bytes: parse, read, analyse.</summary>
    public static ThreadAnalysis Analyse(byte[] mime) =>
        ThreadAnalyzer.Analyze(new ConversationInput(null, [MimeSource.Parse(new MemoryStream(mime), "large.eml")]), SampleThreads.Me, SampleThreads.Now);

    /// <summary>About <paramref name="bytes"/> of HTML: nested &lt;div&gt;s around one sentence (depth = bytes / 11).</summary>
    public static string NestedDivs(int bytes)
    {
        var depth = bytes / 11;
        var nested = new StringBuilder(depth * 11 + 64);
        for (var i = 0; i < depth; i++)
            nested.Append("<div>");
        nested.Append("I will send the report by Friday.");
        for (var i = 0; i < depth; i++)
            nested.Append("</div>");
        return nested.ToString();
    }

    /// <summary>About <paramref name="bytes"/> of HTML: sibling paragraphs, the linear baseline of the same size.</summary>
    public static string FlatParagraphs(int bytes)
    {
        var flat = new StringBuilder(bytes + 64);
        while (flat.Length < bytes)
            flat.Append("<p>Line ").Append(flat.Length).Append("</p>");
        return flat.ToString();
    }

    /// <summary>
    /// <paramref name="count"/> agreements as a long recap gives them: 40 owners (so the greeting and To line grow too),
    /// each point with its own words, a date for most, and the sentence that said it.
    /// </summary>
    public static IReadOnlyList<Agreement> Agreements(int count)
    {
        var owners = Enumerable.Range(0, 40).Select(k => new Person($"Owner{k} Person{k}", $"owner{k}@contoso.com")).ToArray();
        var start = new DateOnly(2026, 12, 1);
        return Enumerable.Range(0, count).Select(i =>
        {
            var what = $"send the stock count for lot {i}";
            var due = i % 5 == 4 ? (DateOnly?)null : start.AddDays(i % 60);
            var dueText = due is { } d ? "by " + d.ToString("MMMM d", CultureInfo.InvariantCulture) : null;
            return new Agreement(owners[i % owners.Length], what, due, dueText, $"<m{i / 10}@contoso.com>",
                $"I'll {what}, but only for the north depot{(dueText is null ? "" : " " + dueText)}.");
        }).ToArray();
    }

    public static IReadOnlyList<Person> Copied(int count) =>
        Enumerable.Range(0, count).Select(k => new Person($"Copied {k}", $"copied{k}@contoso.com")).ToArray();

    public static ConfirmationDraft Compose(IReadOnlyList<Agreement> agreements, IReadOnlyList<Person> copied) =>
        ConfirmationComposer.Compose("Weekly operations report", agreements, copied, SampleThreads.Me, SampleThreads.Now);
}

/// <summary>
/// <c>profile WORKLOAD ITERATIONS</c>: runs one workload a given number of times in this process and prints the wall and
/// CPU time of each run. Made for <c>valgrind --tool=callgrind</c>, whose instruction counts do not depend on the load of
/// a shared machine: the cost of one run is (Ir of N runs − Ir of 1 run) / (N − 1), which leaves out start-up and the JIT.
/// Workloads: parse:BYTES, decode:BYTES, analyse:BYTES (a plain message), nested:BYTES, flat:BYTES, compose:AGREEMENTS,
/// conversation:MESSAGES, reading:MESSAGES and readinggmail:MESSAGES (MessageReader.Read and Recipients.Track of that
/// conversation alone, its history quoted as Outlook or as Gmail does),
/// realmail:MESSAGES (MessageReader.Read of that many real Enron messages), none
/// (start-up only).
/// </summary>
public static class Profile
{
    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("profile: usage: profile WORKLOAD[:SIZE] [ITERATIONS]");
            return 2;
        }
        var (name, size) = args[0].Split(':') is [var n, var s] ? (n, int.Parse(s, CultureInfo.InvariantCulture)) : (args[0], 0);
        var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
        Func<object?> work = name switch
        {
            "none" => () => null,
            "parse" => Bytes(size, mime => Workloads.Parse(mime)),
            "decode" => Bytes(size, mime => Workloads.ParseAndDecode(mime)),
            "analyse" => Bytes(size, mime => Workloads.Analyse(mime)),
            "nested" => Html(Workloads.NestedDivs(size)),
            "flat" => Html(Workloads.FlatParagraphs(size)),
            "compose" => Compose(size),
            "conversation" => Conversation(size),
            "reading" => Reading(size, Client.Outlook),
            "readinggmail" => Reading(size, Client.Gmail),
            "realmail" => RealMail(size),
            "phases" => () => { Phases.Run(size, output); return null; },
            "conversationphases" => () => { Phases.RunConversation(size, output); return null; },
            "readphases" => () => { ReadPhases.Run(size, output); return null; },
            _ => throw new ArgumentException($"profile: unknown workload '{name}'"),
        };
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < iterations; i++)
        {
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var result = work();
            wall.Stop();
            process.Refresh();
            output.WriteLine($"{args[0]} run {i + 1}: wall {wall.Elapsed.TotalMilliseconds:N1} ms, cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds:N1} ms{Describe(result)}");
        }
        return 0;
    }

    static Func<object?> Bytes(int size, Func<byte[], object?> f)
    {
        var mime = Workloads.PlainMessage(size);
        return () => f(mime);
    }

    static Func<object?> Html(string html) => () => HtmlText.ToText(html);

    static Func<object?> Compose(int count)
    {
        var agreements = Workloads.Agreements(count);
        var copied = Workloads.Copied(10);
        return () => Workloads.Compose(agreements, copied);
    }

    static Func<object?> Conversation(int count)
    {
        var conversation = SampleThreads.Build(count, Client.Outlook);
        return () => ThreadAnalyzer.Analyze(conversation, SampleThreads.Me, SampleThreads.Now);
    }

    // The reader's share of a conversation alone: each message read, and the owner's asks tracked per recipient.
    static Func<object?> Reading(int count, Client client)
    {
        var conversation = SampleThreads.Build(count, client);
        return () => Recipients.Track(ThreadAnalyzer.Read(conversation), SampleThreads.Me, SampleThreads.Now);
    }

    // Real mail read one message at a time: every 10th of the first MESSAGES×10 Enron messages in ../shared/real-mail
    // (plain text, Lotus Notes and Outlook history below the reply), each read as the analysis reads it.
    static Func<object?> RealMail(int count)
    {
        var paths = Directory.GetFiles(Path.Combine(SampleThreads.SharedFolder(), "real-mail", "enron"), "*.eml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Where((_, k) => k % 10 == 9).Take(count).ToArray();
        var messages = paths.Select(p => MimeSource.LoadEml(p)).ToArray();
        return () => messages.Select(MessageReader.Read).Sum(m => m.Text.Length);
    }

    static string Describe(object? result) => result switch
    {
        ThreadAnalysis a => $", {a.Agreements.Count} agreements",
        ConfirmationDraft d => $", draft {d.Text.Length} chars",
        string s => $", {s.Length} chars",
        _ => "",
    };
}

/// <summary>
/// <c>profile phases:BYTES</c>: the reading steps of the agreement reader, each timed alone over every sentence of the
/// plain message of that size, to see which step a long message spends its time in.
/// </summary>
public static class Phases
{
    public static void Run(int bytes, TextWriter output)
    {
        var message = MimeSource.Parse(new MemoryStream(Workloads.PlainMessage(bytes)), "large.eml");
        var read = Time(output, "read (quotes, signature)", () => MessageReader.Read(message));
        var sentences = Time(output, "sentences", () => CrossDept.Agreements.Sentences.Split(read.Body));
        var dates = Time(output, "dates", () => sentences.Select(s => CrossDept.Agreements.DueDates.FindAll(s, message.SentAt)).ToArray());
        var parsed = sentences.Select((s, k) => new CrossDept.Agreements.Parsed(s, dates[k])).ToArray();
        var names = new CrossDept.Agreements.ParticipantNames([message.From, .. message.To]);
        Time(output, "tags", () => sentences.Select(CrossDept.Agreements.Tagger.Tags).ToArray());
        Time(output, "withdrawal", () => sentences.Count(CrossDept.Agreements.Commitments.IsWithdrawal));
        Time(output, "acceptance", () => sentences.Select((s, k) => CrossDept.Agreements.Commitments.IsAcceptance(s, dates[k], out _)).Count(a => a));
        Time(output, "referral", () => sentences.Count(s => CrossDept.Agreements.Referrals.Find(s, parsed, names) is not null));
        Time(output, "delegation", () => sentences.Select((s, k) => CrossDept.Agreements.Delegations.Find(s, parsed, k, names, message.From)).Count(d => d is not null));
        Time(output, "commitments", () => sentences.Select((s, k) => CrossDept.Agreements.Commitments.Find(s, dates[k])).Sum(c => c.Count));
        Time(output, "requests", () => sentences.Select((s, k) => CrossDept.Agreements.Requests.Find(s, dates[k])).Sum(c => c.Count));
        Time(output, "whole analysis", () => ThreadAnalyzer.Analyze(null, [read], SampleThreads.Me, SampleThreads.Now));
    }

    /// <summary>
    /// <c>profile conversationphases:MESSAGES</c>: the same steps over every sentence of the Outlook sample conversation
    /// (100 rounds each, CPU and bytes allocated a round), beside the reading, the agreement reader, the recipients and the whole analysis.
    /// </summary>
    public static void RunConversation(int count, TextWriter output)
    {
        const int rounds = 100;
        var conversation = SampleThreads.Build(count, Client.Outlook);
        var read = Time(output, "read (MessageReader)", () => ThreadAnalyzer.Read(conversation), rounds);
        var all = read.SelectMany(m => m.Sentences.Select(s => (Sentence: s, m.Source.SentAt))).ToArray();
        output.WriteLine($"{all.Length} sentences in {read.Length} messages");
        Time(output, "sentences", () => read.Sum(m => CrossDept.Agreements.Sentences.Split(m.Body).Count), rounds);
        var dates = Time(output, "dates", () => all.Select(s => CrossDept.Agreements.DueDates.FindAll(s.Sentence, s.SentAt)).ToArray(), rounds);
        var sentences = all.Select(s => s.Sentence).ToArray();
        var parsed = sentences.Select((s, k) => new CrossDept.Agreements.Parsed(s, dates[k])).ToArray();
        var names = new CrossDept.Agreements.ParticipantNames(ThreadAnalyzer.Participants(read));
        Time(output, "tags", () => sentences.Select(CrossDept.Agreements.Tagger.Tags).ToArray(), rounds);
        Time(output, "withdrawal", () => sentences.Count(CrossDept.Agreements.Commitments.IsWithdrawal), rounds);
        Time(output, "acceptance", () => sentences.Select((s, k) => CrossDept.Agreements.Commitments.IsAcceptance(s, dates[k], out _)).Count(a => a), rounds);
        Time(output, "referral", () => sentences.Count(s => CrossDept.Agreements.Referrals.Find(s, parsed, names) is not null), rounds);
        Time(output, "delegation", () => sentences.Select((s, k) => CrossDept.Agreements.Delegations.Find(s, parsed, k, names, read[0].Source.From)).Count(d => d is not null), rounds);
        Time(output, "commitments", () => sentences.Select((s, k) => CrossDept.Agreements.Commitments.Find(s, dates[k])).Sum(c => c.Count), rounds);
        Time(output, "requests", () => sentences.Select((s, k) => CrossDept.Agreements.Requests.Find(s, dates[k])).Sum(c => c.Count), rounds);
        Time(output, "action items", () => read.Sum(m => CrossDept.Agreements.ActionItems.Find(m.Body, names, m.Source.SentAt, colonItems: true).Count), rounds);
        Time(output, "agreement reader", () => CrossDept.Agreements.AgreementExtractor.Read(read, ThreadAnalyzer.Participants(read), SampleThreads.Me), rounds);
        Time(output, "recipients", () => Recipients.Track(read, SampleThreads.Me, SampleThreads.Now), rounds);
        Time(output, "whole analysis", () => ThreadAnalyzer.Analyze(conversation, SampleThreads.Me, SampleThreads.Now), rounds);
    }

    static T Time<T>(TextWriter output, string step, Func<T> f, int rounds)
    {
        var result = f(); // once untimed, so the rounds time optimised code
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < rounds; i++)
            f();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        process.Refresh();
        output.WriteLine($"{step,-26} cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds / rounds,8:N3} ms a round, {allocated / rounds / 1024.0,8:N1} KB");
        return result;
    }

    static T Time<T>(TextWriter output, string step, Func<T> f)
    {
        f(); // once untimed, so the rounds time optimised code
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var result = f();
        process.Refresh();
        output.WriteLine($"{step,-26} cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds,8:N1} ms");
        return result;
    }
}

/// <summary>
/// <c>profile readphases:MESSAGES</c>: each step of <see cref="MessageReader.Read"/> and <see cref="Recipients.Track"/>
/// timed alone over the messages of the Outlook sample conversation (200 rounds each), with how many characters reach
/// each step and what each allocates, to see where reading a thread spends its time. Run it with
/// DOTNET_TieredCompilation=0: otherwise the first step's CPU includes the JIT's background recompilation.
/// </summary>
public static class ReadPhases
{
    const int Rounds = 200;

    public static void Run(int count, TextWriter output)
    {
        var messages = SampleThreads.Build(count, Client.Outlook).Messages;
        var html = messages.Select(m => m.Html!).ToArray();
        output.WriteLine($"html: {html.Sum(h => (long)h.Length):N0} chars in {messages.Count} messages");
        var text = Time(output, "HtmlText.ToText", () => html.Select(HtmlText.ToText).ToArray());
        output.WriteLine($"text: {text.Sum(t => (long)t.Length):N0} chars reach QuotedHistory.Split");
        var split = Time(output, "QuotedHistory.Split", () => text.Select(QuotedHistory.Split).ToArray());
        output.WriteLine($"reply: {split.Sum(s => (long)s.Reply.Length):N0} chars reach Signatures.Find");
        Time(output, "Signatures.Find", () => split.Select((s, k) => Signatures.Find(s.Reply, messages[k].From)).ToArray());
        Time(output, "AutoReplies.IsAutoReply", () => split.Select((s, k) => AutoReplies.IsAutoReply(messages[k], s.Reply)).ToArray());
        var read = Time(output, "MessageReader.Read", () => messages.Select(MessageReader.Read).ToArray());
        Time(output, "Recipients.Track", () => Recipients.Track(read, SampleThreads.Me, SampleThreads.Now));
    }

    static T Time<T>(TextWriter output, string step, Func<T> f)
    {
        var result = f(); // once untimed, so the rounds time optimised code
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        // The fastest round's wall time too: on a loaded machine it is the round least disturbed by other work.
        var fastest = TimeSpan.MaxValue;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Rounds; i++)
        {
            var wall = Stopwatch.StartNew();
            f();
            fastest = wall.Elapsed < fastest ? wall.Elapsed : fastest;
        }
        allocated = (GC.GetAllocatedBytesForCurrentThread() - allocated) / Rounds;
        process.Refresh();
        output.WriteLine($"{step,-26} cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds / Rounds,8:N3} ms a round, fastest round {fastest.TotalMilliseconds,8:N3} ms, {allocated / 1024,7:N0} KB allocated");
        return result;
    }
}
