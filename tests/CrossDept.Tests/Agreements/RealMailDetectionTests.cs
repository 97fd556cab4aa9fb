using System.Net;
using System.Text.Json;
using CrossDept.Agreements;
using CrossDept.Tests.Support;

namespace CrossDept.Tests.Agreements;

/// <summary>
/// The sentence detectors against mail nobody here wrote: commitments against BC3's majority <c>cmt</c> labels
/// (W3C mailing lists, 3 annotators), requests against Parakweet's labelled test set (Enron-style mail).
/// The figures are printed; the floors only catch regressions.
/// </summary>
public class RealMailDetectionTests
{
    [Test]
    public void CommitmentDetectionAgainstBc3MajorityLabels()
    {
        var path = SharedFolder.Require("peer-fixtures/mailgist/bc3_gold.json");
        using var gold = JsonDocument.Parse(File.ReadAllText(path));
        var score = new Score();
        foreach (var thread in gold.RootElement.GetProperty("threads").EnumerateArray())
            foreach (var message in thread.GetProperty("messages").EnumerateArray())
                foreach (var sentence in message.GetProperty("sentences").EnumerateArray())
                {
                    var text = WebUtility.HtmlDecode(sentence.GetProperty("text").GetString() ?? "");
                    var votes = sentence.GetProperty("votes");
                    var labelled = votes.TryGetProperty("cmt", out var cmt) && cmt.GetInt32() >= 2;
                    // Quoted lines are earlier messages' words: the reader removes them before extraction does.
                    if (text.TrimStart().StartsWith('>'))
                        continue;
                    score.Add(labelled, Commitments.IsCommitment(text), text);
                }
        TestContext.Out.WriteLine($"BC3 commitments (majority cmt, {score.Total} unquoted sentences): {score}");
        Assert.Multiple(() =>
        {
            Assert.That(score.Precision, Is.GreaterThanOrEqualTo(Bc3PrecisionFloor));
            Assert.That(score.Recall, Is.GreaterThanOrEqualTo(Bc3RecallFloor));
        });
    }

    [Test]
    public void RequestDetectionAgainstParakweetTestSet()
    {
        var path = SharedFolder.Require("peer-fixtures/EmailIntentDataSet/src/resources/testSet-qualifiedBatch-fixed.txt");
        var score = new Score();
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t');
            if (tab < 0)
                continue;
            score.Add(line[..tab] == "Yes", Requests.IsRequest(line[(tab + 1)..]), line[(tab + 1)..]);
        }
        TestContext.Out.WriteLine($"Parakweet requests ({score.Total} sentences): {score}");
        Assert.Multiple(() =>
        {
            Assert.That(score.Accuracy, Is.GreaterThanOrEqualTo(ParakweetAccuracyFloor));
            Assert.That(score.Precision, Is.GreaterThanOrEqualTo(ParakweetPrecisionFloor));
            Assert.That(score.Recall, Is.GreaterThanOrEqualTo(ParakweetRecallFloor));
        });
    }

    // Floors a little under the figures measured when the detectors were written: BC3 P=0.43 R=0.41 (22 majority
    // commitments; annotators also count hedged "I hope to…" that the product deliberately does not); Parakweet
    // accuracy=0.846 P=0.906 R=0.563 (published request detection: 83.8% accuracy).
    const double Bc3PrecisionFloor = 0.40;
    const double Bc3RecallFloor = 0.36;
    const double ParakweetAccuracyFloor = 0.83;
    const double ParakweetPrecisionFloor = 0.88;
    const double ParakweetRecallFloor = 0.53;

    sealed class Score
    {
        int tp, fp, fn, tn;
        readonly List<string> misses = [];
        public int Total => tp + fp + fn + tn;
        public double Precision => tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        public double Recall => tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        public double Accuracy => Total == 0 ? 0 : (double)(tp + tn) / Total;

        public void Add(bool labelled, bool predicted, string text)
        {
            if (labelled && predicted) tp++;
            else if (predicted) { fp++; misses.Add("FP " + text); }
            else if (labelled) { fn++; misses.Add("FN " + text); }
            else tn++;
        }

        public override string ToString() =>
            $"accuracy={Accuracy:0.000} precision={Precision:0.000} recall={Recall:0.000} (tp={tp} fp={fp} fn={fn} tn={tn})"
            + (Environment.GetEnvironmentVariable("CROSSDEPT_SHOW_MISSES") == "1" ? "\n" + string.Join("\n", misses) : "");
    }
}
