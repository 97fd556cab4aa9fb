using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrossDept.Agreements;
using CrossDept.Language;
using CrossDept.Tests.Support;
using CrossDept.Threads;

namespace CrossDept.Tests.Agreements;

/// <summary>
/// The reading rules' specs (Specs/&lt;rule-id&gt;.json): sentences that must fire the rule, with the owner, a keyword of
/// what and the due date they must give, and sentences that must not give an agreement at all. Each sentence is one
/// test case, read through the whole ledger as the reply of Raj Patel to Jane Doe (the mailbox owner) sent on Monday
/// 2 November 2026, after an ask when the case gives one. Specs/lexicon.json holds, for every lexicon list, text it
/// must match and text it must not.
/// </summary>
public class RuleSpecTests
{
    static readonly string Folder = Path.Combine(SharedFolder.RepoRoot, "tests", "CrossDept.Tests", "Agreements", "Specs");
    static readonly DateTimeOffset Sent = new(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(-5));
    const string Me = "jane.doe@contoso.com";
    static readonly Person Jane = new("Jane Doe", Me);
    static readonly Person Raj = new("Raj Patel", "raj.patel@contoso.com");
    static readonly Person[] Others =
    [
        new("Lena Fischer", "lena.fischer@contoso.com"), new("Omar Haddad", "omar.haddad@contoso.com"),
        new("Sam Ortiz", "sam.ortiz@contoso.com"), new("Priya Shah", "priya.shah@contoso.com"),
    ];

    public sealed record Case(string Rule, bool Fires, string Text, string? Ask, string? Owner, string? What, string? Due, string? To, string? Why);

    static IEnumerable<Case> Cases()
    {
        foreach (var file in Directory.GetFiles(Folder, "*.json").Where(f => Path.GetFileName(f) != "lexicon.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var rule = doc.RootElement.GetProperty("rule").GetString()!;
            foreach (var (key, fires) in new[] { ("fires", true), ("doesNotFire", false) })
                foreach (var c in doc.RootElement.GetProperty(key).EnumerateArray())
                    yield return new Case(rule, fires, c.GetProperty("text").GetString()!, Str(c, "ask"), Str(c, "owner"), Str(c, "what"), Str(c, "due"), Str(c, "to"), Str(c, "why"));
        }
    }

    static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static IEnumerable<TestCaseData> SpecCases() =>
        Cases().Select(c => new TestCaseData(c).SetName($"{c.Rule} {(c.Fires ? "fires on" : "does not fire on")} \"{Short(c.Text)}\""));

    static string Short(string text)
    {
        var one = Regex.Replace(text, @"\s+", " ").Replace("(", "[").Replace(")", "]").Replace(",", ";").Replace(".", "·");
        return one.Length > 90 ? one[..90] + "…" : one;
    }

    [TestCaseSource(nameof(SpecCases))]
    public void Spec(Case c)
    {
        var ledger = Read(c);
        var reply = ledger.Agreements.Where(a => a.SourceMessageId == "<reply@x>").ToArray();
        var said = string.Join("; ", reply.Select(a => $"{a.Owner.Name}: {a.What} ({a.Due:yyyy-MM-dd})"));
        var rules = string.Join("; ", ledger.Explanations.Select(e => $"{e.Verdict} {e.Rule} {e.Reason}"));
        if (c.Rule == Rules.Referral)
        {
            if (c.Fires)
            {
                Assert.That(ledger.Referrals.Select(r => r.ToName), Has.Some.Contains(c.To ?? "").IgnoreCase, $"no referral to {c.To}; read: {rules}");
                Assert.That(reply, Is.Empty, "a referral is no agreement: " + said);
            }
            else
            {
                Assert.That(ledger.Referrals, Is.Empty, c.Why);
            }
            return;
        }
        if (!c.Fires)
        {
            Assert.That(reply, Is.Empty, $"{c.Why}: yet read {said}");
            return;
        }
        var owner = c.Owner is null or "sender" ? Raj : Others.Concat([Jane]).Single(p => p.Name!.StartsWith(c.Owner, StringComparison.Ordinal));
        var explained = ledger.Explanations.Where(e => e.Verdict == "agreement" && e.Rule == c.Rule && e.SourceMessageId == "<reply@x>").ToArray();
        Assert.That(explained, Is.Not.Empty, $"rule {c.Rule} did not give an agreement; read: {said} | {rules}");
        var match = reply.FirstOrDefault(a => a.Owner.Is(owner.Address) && (c.What is null || a.What.Contains(c.What, StringComparison.OrdinalIgnoreCase)));
        Assert.That(match, Is.Not.Null, $"no agreement of {owner.Name} about '{c.What}'; read: {said}");
        Assert.That(match!.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Is.EqualTo(c.Due), $"due of '{match.What}'");
    }

    static Ledger Read(Case c)
    {
        var to = Others.Prepend(Raj).ToArray();
        var messages = new List<ReadMessage>
        {
            Message("<ask@x>", Jane, to, Sent.AddHours(-2), c.Ask ?? "Hi all, a quick note on where the project stands."),
            Message("<reply@x>", Raj, [Jane, .. Others], Sent, c.Text),
        };
        return AgreementExtractor.Read(messages, ThreadAnalyzer.Participants(messages), Me, explain: true);
    }

    static ReadMessage Message(string id, Person from, Person[] to, DateTimeOffset at, string text) =>
        new(new IncomingMessage { Id = id, From = from, To = to, SentAt = at, Subject = "Q4 review", Text = text }, text, null, false, null);

    [Test]
    public void EveryRuleHasASpecWithSentencesThatFireItAndSentencesThatDoNot()
    {
        var cases = Cases().ToArray();
        foreach (var rule in Rules.All)
        {
            Assert.That(cases.Count(c => c.Rule == rule && c.Fires), Is.GreaterThanOrEqualTo(3), $"{rule}: sentences that fire it");
            Assert.That(cases.Count(c => c.Rule == rule && !c.Fires), Is.GreaterThanOrEqualTo(3), $"{rule}: sentences that must not");
        }
    }

    public sealed record LexiconCase(string List, bool Matches, string Text);

    static IEnumerable<TestCaseData> LexiconCases()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "lexicon.json")));
        foreach (var list in doc.RootElement.EnumerateObject())
            foreach (var (key, matches) in new[] { ("in", true), ("notIn", false) })
                foreach (var t in list.Value.GetProperty(key).EnumerateArray())
                    yield return new TestCaseData(new LexiconCase(list.Name, matches, t.GetString()!))
                        .SetName($"lexicon {list.Name} {(matches ? "matches" : "does not match")} \"{Short(t.GetString()!)}\"");
    }

    [TestCaseSource(nameof(LexiconCases))]
    public void LexiconList(LexiconCase c)
    {
        var pattern = new Regex(Lex.Of(c.List));
        Assert.That(pattern.IsMatch(c.Text), Is.EqualTo(c.Matches), $"{c.List} on '{c.Text}'");
    }

    [Test]
    public void EveryLexiconListHasTextItMatchesAndTextItDoesNot()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "lexicon.json")));
        foreach (var name in Lexicon.All().Where(n => n.StartsWith("en/", StringComparison.Ordinal)).Select(n => n[3..]))
        {
            Assert.That(doc.RootElement.TryGetProperty(name, out var list), Is.True, $"lexicon.json has no examples for {name}");
            Assert.That(list.GetProperty("in").GetArrayLength(), Is.GreaterThan(0), name);
            Assert.That(list.GetProperty("notIn").GetArrayLength(), Is.GreaterThan(0), name);
        }
    }
}
