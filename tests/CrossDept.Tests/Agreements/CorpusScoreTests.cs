using System.Globalization;
using System.Text.Json;
using CrossDept.Tests.Support;
using CrossDept.Threads;
using CrossDept.Threads.Reading;

namespace CrossDept.Tests.Agreements;

/// <summary>
/// The annotated conversations in shared/corpus/dev scored the way tools/score-corpus.py scores them: an extracted
/// agreement matches an expected one when owner, due date and a keyword of <c>what</c> all agree, one for one,
/// required ones first; optional ones neither count nor cost. Also tests/corpus/heldout: conversations written apart
/// from the dev corpus, in other words, and tests/corpus/fresh, written later by someone who had not read the code,
/// so a rule fitted to one set alone shows in the others.
/// </summary>
public class CorpusScoreTests
{
    static IEnumerable<TestCaseData> Corpora()
    {
        yield return new TestCaseData("shared", "corpus/dev", 0.95).SetName("DevCorpusAgreementsScoreAtLeast95AndRecipientsAllRight");
        yield return new TestCaseData("repo", "tests/corpus/heldout", 0.95).SetName("HeldOutCorpusAgreementsScoreAtLeast95AndRecipientsAllRight");
        yield return new TestCaseData("repo", "tests/corpus/fresh", 0.95).SetName("FreshCorpusAgreementsScoreAtLeast95AndRecipientsAllRight");
        // Sets written by people who had not read the reader, each measured first before anyone tuned on it (its
        // FIRST-MEASUREMENT.txt). Floors are what main reached after tuning on a-d (2026-11-27, evening), so a later change
        // cannot lose it; recipients are held at their level then.
        // First measurements: A 0.67, B 0.25, C 0.48, D 0.54 (written after the redesign), E 0.56, F 0.62 (real mail).
        yield return new TestCaseData("repo", "tests/corpus/unseen-a", 0.74, 1.00).SetName("UnseenSetACorpusAgreementsScoreAtLeast74");
        yield return new TestCaseData("repo", "tests/corpus/unseen-b", 0.81, 0.88).SetName("UnseenSetBCorpusAgreementsScoreAtLeast81");
        yield return new TestCaseData("repo", "tests/corpus/unseen-c", 0.77, 0.92).SetName("UnseenSetCRealMailCorpusAgreementsScoreAtLeast77");
        yield return new TestCaseData("repo", "tests/corpus/unseen-d", 0.89, 1.00).SetName("UnseenSetDCorpusAgreementsScoreAtLeast89");
        // Held out of the tuning on a-d and measured twice: first 0.56 / 0.62, after a-d's tuning 0.59 / 0.63; then tuned on.
        yield return new TestCaseData("repo", "tests/corpus/unseen-e", 0.61, 1.00).SetName("UnseenSetECorpusAgreementsScoreAtLeast61");
        yield return new TestCaseData("repo", "tests/corpus/unseen-f", 0.64, 1.00).SetName("UnseenSetFRealMailCorpusAgreementsScoreAtLeast64");
        // Written later still and held out while e and f were tuned on: first 0.56 / 0.35, after that tuning the same
        // (recipients g 0.81, h 0.70 then 0.90); then tuned on (2026-11-28): 0.69 / 0.44. Floors are that level.
        // G 0.71 -> 0.70 on 2026-11-28: a bracket a task's end cut open is no part of it, so "be there with Mr. Okon (vault
        // custodian" no longer shares "vault custodian" with the walkthrough it restates (real mail's tasks read better for it).
        yield return new TestCaseData("repo", "tests/corpus/unseen-g", 0.69, 0.80).SetName("UnseenSetGCorpusAgreementsScoreAtLeast69");
        yield return new TestCaseData("repo", "tests/corpus/unseen-h", 0.52, 0.90).SetName("UnseenSetHRealMailCorpusAgreementsScoreAtLeast52");
        // Written on 2026-11-27 late evening and held out while g and h were tuned on: first 0.56 / 0.52, after that
        // tuning 0.57 / 0.52 (recipients i 0.94, j 0.54); then tuned on (2026-11-28, with k and l): 0.60 / 0.64.
        // F's floor came down from 0.66 to 0.64 that day: a phone writer's lower-case sentence after a full stop is now
        // its own sentence, and "will intimtae as soon as i find out" became an undated promise its annotator did not count.
        yield return new TestCaseData("repo", "tests/corpus/unseen-i", 0.63, 0.93).SetName("UnseenSetICorpusAgreementsScoreAtLeast63");
        yield return new TestCaseData("repo", "tests/corpus/unseen-j", 0.63, 0.66).SetName("UnseenSetJRealMailCorpusAgreementsScoreAtLeast63");
        // Written on 2026-11-28 and measured first on 1747200: k 0.52, l 0.33; then tuned on the same day: 0.64 / 0.71.
        yield return new TestCaseData("repo", "tests/corpus/unseen-k", 0.63, 1.00).SetName("UnseenSetKCorpusAgreementsScoreAtLeast63");
        yield return new TestCaseData("repo", "tests/corpus/unseen-l", 0.70, 1.00).SetName("UnseenSetLRealMailCorpusAgreementsScoreAtLeast70");
        // Written while i-l were tuned on and measured first on the tuned reader (aa05172): m 0.52, n 0.79 (on 1747200,
        // 0.51 / 0.74). Both tuned on from 2026-11-28 morning: m 0.75, n 0.79 (its recipients 0.40 -> 1.00).
        yield return new TestCaseData("repo", "tests/corpus/unseen-m", 0.74, 0.93).SetName("UnseenSetMCorpusAgreementsScoreAtLeast74");
        // N 0.79 -> 0.76 on 2026-11-28 (afternoon): a firm promise on a condition is now an agreement (most annotators of
        // a-s count them), and a decoy's "We will take the executed contracts to our Board … and, if it is approved, …"
        // was left out only because its condition was read into the first clause.
        yield return new TestCaseData("repo", "tests/corpus/unseen-n", 0.75, 0.99).SetName("UnseenSetNRealMailCorpusAgreementsScoreAtLeast75");
        // Written on 2026-11-28 morning by writers who had not read the reader, and measured first on 58ff707 (the reader of
        // 4938a69): o 0.71 (P 0.89 R 0.60), p 0.38 (P 0.50 R 0.31); then tuned on.
        yield return new TestCaseData("repo", "tests/corpus/unseen-o", 0.92, 0.93).SetName("UnseenSetOCorpusAgreementsScoreAtLeast92");
        yield return new TestCaseData("repo", "tests/corpus/unseen-p", 0.54, 0.99).SetName("UnseenSetPRealMailCorpusAgreementsScoreAtLeast54");
        // Written at the end of that morning's tuning by a writer who had not read the reader, and measured first on its
        // reader (ea5a979): q 0.64 (P 0.76 R 0.56, recipients 0.90); on the reader the session started with, 0.57. Tuned on
        // from 2026-11-28 afternoon (below).
        yield return new TestCaseData("repo", "tests/corpus/unseen-q", 0.71, 0.89).SetName("UnseenSetQCorpusAgreementsScoreAtLeast71");
        // Written on 2026-11-28 (afternoon session) by writers who had not read the reader, measured first on 39bf6c5:
        // r 0.60 (P 0.66 R 0.56), s 0.38 (P 0.44 R 0.33; real mail, and the analyze command failed on one conversation:
        // a yes after a broadcast); then tuned on, with q: r 0.78, s 0.57, q 0.72. Floors hold that level.
        yield return new TestCaseData("repo", "tests/corpus/unseen-r", 0.77, 0.99).SetName("UnseenSetRCorpusAgreementsScoreAtLeast77");
        yield return new TestCaseData("repo", "tests/corpus/unseen-s", 0.56, 0.99).SetName("UnseenSetSRealMailCorpusAgreementsScoreAtLeast56");
    }

    [TestCaseSource(nameof(Corpora))]
    public void CorpusScores(string source, string relative, double f1Floor, double recipientsFloor = 1.0)
    {
        var corpus = source == "shared" ? SharedFolder.Require(relative) : Path.Combine(SharedFolder.RepoRoot, relative);
        int tp = 0, fp = 0, fn = 0, recipientsRight = 0, recipientsAll = 0;
        var notes = new List<string>();

        foreach (var folder in Directory.GetDirectories(corpus).Order(StringComparer.Ordinal))
        {
            var expectedPath = Path.Combine(folder, "expected.json");
            if (!File.Exists(expectedPath))
                continue;
            using var expected = JsonDocument.Parse(File.ReadAllText(expectedPath));
            var root = expected.RootElement;
            var me = root.GetProperty("me").GetString()!;
            var now = DateTimeOffset.Parse(root.GetProperty("now").GetString()!, CultureInfo.InvariantCulture);
            var name = Path.GetFileName(folder);
            IReadOnlyList<IncomingMessage> mail;
            try
            {
                mail = MimeSource.Load([folder]);
            }
            catch (MailSourceException e)
            {
                // Scored as score-corpus.py scores a refused conversation: every agreement and recipient missed.
                fn += root.GetProperty("agreements").EnumerateArray().Count(a => !(a.TryGetProperty("optional", out var o) && o.GetBoolean()));
                recipientsAll += root.GetProperty("recipients").EnumerateObject().Count();
                notes.Add($"{name}: refused: {e.Message}");
                continue;
            }
            var analysis = ThreadAnalyzer.Analyze(new ConversationInput(null, mail), me, now);

            var (t, p, n) = MatchAgreements(root.GetProperty("agreements"), analysis.Agreements, name, notes);
            tp += t; fp += p; fn += n;

            var byAddress = analysis.Recipients.ToDictionary(r => r.Address.ToLowerInvariant());
            foreach (var want in root.GetProperty("recipients").EnumerateObject())
            {
                recipientsAll++;
                var e = want.Value;
                if (byAddress.Remove(want.Name.ToLowerInvariant(), out var got)
                    && JsonNamingPolicy.CamelCase.ConvertName(got.Status.ToString()) == e.GetProperty("status").GetString()
                    && JsonNamingPolicy.CamelCase.ConvertName(got.NextStep.ToString()) == e.GetProperty("nextStep").GetString()
                    && got.UnansweredRequests == e.GetProperty("unansweredRequests").GetInt32())
                    recipientsRight++;
                else
                    notes.Add($"{name}: recipient {want.Name} wrong: {got}");
            }
            recipientsAll += byAddress.Count; // listed yet never asked
            notes.AddRange(byAddress.Keys.Select(k => $"{name}: recipient {k} listed but not asked"));
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = recipientsAll == 0 ? 0 : (double)recipientsRight / recipientsAll;
        TestContext.Out.WriteLine($"agreements P={precision:0.00} R={recall:0.00} F1={f1:0.00} | recipients acc={accuracy:0.00}");
        foreach (var note in notes)
            TestContext.Out.WriteLine("  " + note);

        Assert.Multiple(() =>
        {
            Assert.That(f1, Is.GreaterThanOrEqualTo(f1Floor), string.Join("\n", notes));
            Assert.That(accuracy, Is.GreaterThanOrEqualTo(recipientsFloor), string.Join("\n", notes));
        });
    }

    static (int Tp, int Fp, int Fn) MatchAgreements(JsonElement expected, IReadOnlyList<Agreement> got, string name, List<string> notes)
    {
        var used = new HashSet<int>();
        int tp = 0, fn = 0;
        var order = expected.EnumerateArray()
            .OrderBy(e => e.TryGetProperty("optional", out var o) && o.GetBoolean())
            .ToArray();
        foreach (var e in order)
        {
            var optional = e.TryGetProperty("optional", out var o) && o.GetBoolean();
            var owner = e.GetProperty("owner").GetString()!;
            var due = e.GetProperty("due").ValueKind == JsonValueKind.Null ? null : e.GetProperty("due").GetString();
            var keywords = e.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()!.ToLowerInvariant()).ToArray();
            var hit = -1;
            for (var j = 0; j < got.Count && hit < 0; j++)
            {
                var g = got[j];
                if (!used.Contains(j) && g.Owner.Is(owner)
                    && g.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == due
                    && keywords.Any(k => g.What.Contains(k, StringComparison.OrdinalIgnoreCase)))
                    hit = j;
            }
            if (hit >= 0)
            {
                used.Add(hit);
                if (!optional)
                    tp++;
            }
            else if (!optional)
            {
                fn++;
                notes.Add($"{name}: missed {owner} due={due} [{string.Join(", ", keywords)}]");
            }
        }
        for (var j = 0; j < got.Count; j++)
            if (!used.Contains(j))
                notes.Add($"{name}: extra {got[j].Owner.Address} due={got[j].Due} '{got[j].What}'");
        return (tp, got.Count - used.Count, fn);
    }
}
