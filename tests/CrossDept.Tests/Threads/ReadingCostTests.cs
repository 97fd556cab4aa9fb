using System.Globalization;
using System.Text;
using CrossDept.Agreements;
using CrossDept.Outreach;
using CrossDept.Threads;
using CrossDept.Threads.Reading;

namespace CrossDept.Tests.Threads;

/// <summary>
/// The reader's cost stays linear in its input (issue 13). Measured in bytes allocated on this thread, not in seconds: the
/// count does not depend on how loaded the machine is, and the quadratic steps these tests guard against (a draft rendered
/// again for each point left out, every open agreement compared with every new one) allocate with every repetition.
/// </summary>
public class ReadingCostTests
{
    const string Me = "jane.doe@contoso.com";
    static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.FromHours(-5));

    static readonly string[] Report =
    [
        "Line {0} of the weekly operations report: the depot received 48 pallets and shipped 45, with three held for inspection.",
        "I'll send the updated stock count for lot {0} by Friday.",
        "We might be able to bring the audit forward, but no promises at this stage.",
        "Could you check whether the returns from region {0} were booked against the right cost centre?",
        "Our team will have the reconciliation for batch {0} ready by the 20th.",
    ];

    static IncomingMessage LongReport(int bytes)
    {
        var body = new StringBuilder(bytes + 1024);
        for (var i = 0; body.Length < bytes; i++)
        {
            foreach (var line in Report)
                body.Append(string.Format(CultureInfo.InvariantCulture, line, i)).Append(' ');
            body.Append("\n\n");
        }
        return new IncomingMessage
        {
            Id = "<report@contoso.com>",
            From = new Person("Raj Patel", "raj.patel@contoso.com"),
            To = [new Person("Jane Doe", Me)],
            SentAt = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(-5)),
            Subject = "Weekly operations report",
            Text = body.ToString(),
        };
    }

    static long Allocated(Action action)
    {
        action(); // once first, so the type initializers and the lexicon's patterns are not counted
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    // Both sizes are under the read limit, so this measures the reading itself, not the limit; and under the size at which
    // the confirmation starts leaving points out (about 480 of these), whose fitting is a cost of its own.
    [Test]
    public void AnalysingFourTimesTheTextCostsAboutFourTimesAsMuch()
    {
        var small = LongReport(MessageReader.ReadLimit / 8);
        var large = LongReport(MessageReader.ReadLimit / 2);
        ThreadAnalysis? result = null;
        var smallCost = Allocated(() => ThreadAnalyzer.Analyze(new ConversationInput(null, [small]), Me, Now));
        var largeCost = Allocated(() => result = ThreadAnalyzer.Analyze(new ConversationInput(null, [large]), Me, Now));
        Assert.That(result!.Messages[0].Unread, Is.Null, "read whole");
        Assert.That(result.Agreements, Has.Count.GreaterThan(200), "the report's promises are read, so merging them is exercised");
        Assert.That((double)largeCost / smallCost, Is.LessThan(5), $"{small.Text!.Length:N0} characters: {smallCost:N0} bytes allocated, {large.Text!.Length:N0}: {largeCost:N0}");
    }

    /// <summary>
    /// Past <see cref="MessageReader.ReadLimit"/> characters of a message's own words nothing more is read for agreements or
    /// requests, so a 1 MB report costs about what one at the limit costs; and the analysis says so, never silently: the
    /// message carries <c>unread</c> (where reading stopped, at a paragraph break, and how much was left) and explain a
    /// "not read" line. The text itself is kept whole.
    /// </summary>
    [Test]
    public void PastTheReadLimitNothingMoreIsReadAndTheAnalysisSaysWhatWasNot()
    {
        var atLimit = LongReport(MessageReader.ReadLimit);
        var huge = LongReport(1024 * 1024);
        ThreadAnalysis? result = null;
        var limitCost = Allocated(() => ThreadAnalyzer.Analyze(new ConversationInput(null, [atLimit]), Me, Now));
        var hugeCost = Allocated(() => result = ThreadAnalyzer.Analyze(new ConversationInput(null, [huge]), Me, Now, explain: true));
        var message = result!.Messages[0];
        var text = message.Text;
        Assert.Multiple(() =>
        {
            Assert.That(text.Length, Is.GreaterThan(1_000_000), "the text is kept whole");
            Assert.That(message.Unread, Is.Not.Null);
            Assert.That(message.Unread!.From, Is.LessThanOrEqualTo(MessageReader.ReadLimit).And.GreaterThan(MessageReader.ReadLimit - 4_000));
            Assert.That(text.AsSpan(message.Unread.From).StartsWith("\n\n"), Is.True, "cut at a paragraph break, no sentence read in half");
            Assert.That(message.Unread.Characters, Is.EqualTo(text.Length - message.Unread.From));
            Assert.That(result.Agreements.All(a => text.IndexOf(a.Quote, StringComparison.Ordinal) is var at && at >= 0 && at < message.Unread.From), Is.True,
                "every agreement comes from the part read");
            Assert.That(result.Explain!.Count(e => e.Verdict == "not read"), Is.EqualTo(1));
            Assert.That(result.Explain!.Single(e => e.Verdict == "not read").Reason, Does.Contain($"{message.Unread.Characters:N0}"));
            // Ten times the text: the agreements' reading stops at the limit; splitting the whole text from its quoted
            // history and signature still costs a few bytes a character.
            Assert.That((double)hugeCost / limitCost, Is.LessThan(2.5), $"at the limit: {limitCost:N0} bytes allocated, 1 MB: {hugeCost:N0}");
        });
    }

    /// <summary>The read limit is chosen so that real mail is read whole: every message of ../shared/real-mail.</summary>
    [Test]
    public void EveryRealMessageIsReadWhole()
    {
        var pool = CrossDept.Tests.Support.SharedFolder.Require("real-mail/enron");
        var files = Directory.GetFiles(pool, "*.eml", SearchOption.AllDirectories);
        var cut = new System.Collections.Concurrent.ConcurrentBag<string>();
        var longest = 0;
        Parallel.ForEach(files, file =>
        {
            IncomingMessage message;
            try
            {
                message = MimeSource.LoadEml(file);
            }
            catch (MailSourceException)
            {
                return; // refusals are RealMailTests' business
            }
            var read = MessageReader.Read(message);
            InterlockedMax(ref longest, read.Body.Length);
            if (read.Unread is not null)
                cut.Add(Path.GetFileName(Path.GetDirectoryName(file)) + "/" + Path.GetFileName(file));
        });
        TestContext.Out.WriteLine($"{files.Length} real messages; the longest own words read: {longest:N0} characters (limit {MessageReader.ReadLimit:N0})");
        Assert.That(cut, Is.Empty, "real messages cut by the read limit");
    }

    static void InterlockedMax(ref int target, int value)
    {
        for (var seen = target; value > seen; seen = target)
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
                return;
    }

    static IReadOnlyList<Agreement> Points(int count)
    {
        var owners = Enumerable.Range(0, 40).Select(k => new Person($"Owner{k} Person{k}", $"owner{k}@contoso.com")).ToArray();
        return Enumerable.Range(0, count).Select(i => new Agreement(owners[i % owners.Length], $"send the stock count for lot {i}",
            i % 5 == 4 ? null : new DateOnly(2026, 12, 1).AddDays(i % 60), null, "<m@contoso.com>", $"I'll send the stock count for lot {i}.")).ToArray();
    }

    [Test]
    public void ConfirmingFourTimesThePointsCostsAboutFourTimesAsMuch()
    {
        var thousand = Points(1_000);
        var fourThousand = Points(4_000);
        var smallCost = Allocated(() => ConfirmationComposer.Compose("Report", thousand, [], Me, Now));
        var largeCost = Allocated(() => ConfirmationComposer.Compose("Report", fourThousand, [], Me, Now));
        Assert.That((double)largeCost / smallCost, Is.LessThan(5), $"1,000 points: {smallCost:N0} bytes allocated, 4,000: {largeCost:N0}");
    }

    /// <summary>
    /// Points are left out from the end until the body fits; the draft is the one that leaving them out one at a time gives:
    /// the list without its last N points, and the note saying N, where N is the fewest that fit.
    /// </summary>
    [TestCase(300)]
    [TestCase(600)]
    [TestCase(900)]
    public void ADraftTooLongLeavesOutTheFewestPointsFromTheEnd(int count)
    {
        var items = Enumerable.Range(0, count).Select(i => $"Owner {i % 7} — send the stock count for lot {i} & the <b>north</b> depot — by Friday").ToArray();
        Draft Write(IEnumerable<string> points, string? note)
        {
            var writer = new DraftWriter().Paragraph("Hi all,").Numbered(points).Paragraph("Thanks,");
            return (note is null ? writer : writer.Paragraph(note)).Build("Confirming: report", ["a@contoso.com"], []);
        }
        static string Note(int n) => $"({n} more point{(n == 1 ? "" : "s")} left out to keep this email within Outlook's size limit; they are in the thread.)";
        // Built as given, nothing left out: its last point is there and no note but ours.
        static bool Whole(Draft d, string last, bool noted) =>
            d.Text.Contains(last + "\n", StringComparison.Ordinal) && d.Text.Split("left out to keep").Length - 1 == (noted ? 1 : 0);

        // The reference: one more point left out at a time, until the list and its note fit as they are.
        Draft? expected = null;
        for (var left = 0; expected is null; left++)
        {
            var candidate = left == 0 ? Write(items, null) : Write(items[..^left], Note(left));
            if (Whole(candidate, items[^(left + 1)], left > 0))
                expected = candidate;
        }
        var draft = Write(items, null);
        Assert.Multiple(() =>
        {
            Assert.That(draft.Text, Does.Contain("more points left out"), "the case is one that leaves points out");
            Assert.That(draft.Text, Is.EqualTo(expected.Text));
            Assert.That(draft.Html, Is.EqualTo(expected.Html));
        });
    }
}
