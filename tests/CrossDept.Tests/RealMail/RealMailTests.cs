using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using CrossDept.Tests.Support;
using CrossDept.Threads;
using CrossDept.Threads.Reading;

namespace CrossDept.Tests.RealMail;

/// <summary>
/// Every message of ../shared/real-mail/enron (3,024 real 2001–2002 corporate messages, read in place, never copied)
/// is read without error, with every person its From/To/Cc headers name, and analysed as a conversation of its own
/// without an exception. Messages are read in parallel: the whole pool takes seconds.
/// </summary>
[TestFixture]
public sealed partial class RealMailTests
{
    static string[] Messages()
    {
        var pool = SharedFolder.Require("real-mail/enron");
        return Directory.GetFiles(pool, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
    }

    [Test]
    public void EveryRealMessageIsReadWithEveryAddressItsHeadersName()
    {
        var files = Messages();
        var refused = new ConcurrentBag<string>();
        var lost = new ConcurrentBag<(string File, string Field, string Address)>();
        var written = 0;
        Parallel.ForEach(files, file =>
        {
            IncomingMessage message;
            try
            {
                message = MimeSource.LoadEml(file);
            }
            catch (MailSourceException e)
            {
                refused.Add(e.Message);
                return;
            }
            var headers = RawHeaders(File.ReadAllText(file, Encoding.Latin1));
            foreach (var (field, people) in new[] { ("From", new[] { message.From }), ("To", message.To), ("Cc", message.Cc) })
                foreach (var address in AddressesAsWritten(headers.GetValueOrDefault(field)))
                {
                    Interlocked.Increment(ref written);
                    if (!people.Any(p => p.Is(address)))
                        lost.Add((Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(file))!, file), field, address));
                }
        });

        var losing = lost.Select(l => l.File).Distinct().Count();
        var read = files.Length - refused.Count;
        TestContext.Out.WriteLine($"real mail: {files.Length} messages, {read} read, {refused.Count} refused; " +
            $"{written} addresses written in From/To/Cc of the read ones, {lost.Count} of them lost, in {losing} messages ({(read == 0 ? 0 : 100.0 * losing / read):F1} %)");
        foreach (var r in refused.Order().Take(10))
            TestContext.Out.WriteLine($"  refused {r}");
        foreach (var l in lost.OrderBy(l => l.File, StringComparer.Ordinal).Take(10))
            TestContext.Out.WriteLine($"  lost {l.File} {l.Field}: {l.Address}");

        Assert.Multiple(() =>
        {
            Assert.That(files, Has.Length.GreaterThanOrEqualTo(3000), "the pool holds 3,024 messages");
            Assert.That(refused, Is.Empty, "every real message is read");
            Assert.That(lost, Is.Empty, "every address written in From, To and Cc is in the reading");
        });
    }

    [Test]
    public void EveryRealMessageIsAnalysedAsAConversationOfItsOwn()
    {
        var files = Messages();
        var failures = new ConcurrentBag<string>();
        var agreements = 0;
        Parallel.ForEach(files, file =>
        {
            try
            {
                var message = MimeSource.LoadEml(file);
                // The mailbox owner is the custodian, who received the message: the first person it was sent to.
                var me = message.To.FirstOrDefault()?.Address ?? message.From.Address;
                var analysis = ThreadAnalyzer.Analyze(new ConversationInput(null, [message]), me, message.SentAt.AddDays(3));
                Interlocked.Add(ref agreements, analysis.Agreements.Count);
            }
            catch (Exception e)
            {
                failures.Add($"{file}: {e.GetType().Name}: {e.Message}");
            }
        });
        TestContext.Out.WriteLine($"real mail: {files.Length} messages analysed one by one, {failures.Count} failed, {agreements} agreements found");
        foreach (var f in failures.Order().Take(10))
            TestContext.Out.WriteLine($"  {f}");
        Assert.That(failures, Is.Empty);
    }

    /// <summary>
    /// The header block as written: every line up to the first blank one, continuation lines joined to the header they
    /// continue (RFC 5322 unfolding), the first occurrence of each name kept. Deliberately independent of MimeKit.
    /// </summary>
    static Dictionary<string, string> RawHeaders(string file)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? name = null;
        var value = new StringBuilder();
        foreach (var line in file.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Length == 0)
                break;
            if (line[0] is ' ' or '\t' && name is not null)
            {
                value.Append(' ').Append(line.Trim());
                continue;
            }
            if (name is not null)
                headers.TryAdd(name, value.ToString());
            var colon = line.IndexOf(':');
            name = colon > 0 ? line[..colon].Trim() : null;
            value.Clear().Append(colon > 0 ? line[(colon + 1)..].Trim() : "");
        }
        if (name is not null)
            headers.TryAdd(name, value.ToString());
        return headers;
    }

    // One comma-separated entry of an address header: quoted strings and <…> may hold commas, nothing else does.
    [GeneratedRegex(@"(?:""(?:[^""\\]|\\.)*""|<[^>]*>|[^,""<])+")]
    private static partial Regex Entry();

    /// <summary>
    /// The comparison: a header value is split at commas outside quotes and angle brackets; each entry's address is what
    /// its angle brackets hold, or the whole entry when it has none, as written (trimmed). The reading must hold a person
    /// with that address, compared without regard to case. Nothing is validated, so an address the RFCs reject still counts.
    /// </summary>
    static IEnumerable<string> AddressesAsWritten(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
            yield break;
        foreach (Match entry in Entry().Matches(header))
        {
            var text = entry.Value.Trim();
            var open = text.LastIndexOf('<');
            var address = open >= 0 && text.EndsWith('>') ? text[(open + 1)..^1].Trim() : text;
            if (address.Length > 0)
                yield return address;
        }
    }
}
