using CrossDept.Tests.Support;
using CrossDept.Threads;
using CrossDept.Threads.Reading;

namespace CrossDept.Tests.RealMail;

[TestFixture]
public sealed class AuditSampleTests
{
    static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = AuditSampleCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void SampleOfRealMailIsReproducibleAndEveryQuoteIsInItsMessage()
    {
        var pool = SharedFolder.Require("real-mail/enron");
        var first = Run("--seed", "7", "--count", "30", pool);
        var again = Run("--seed", "7", "--count", "30", pool);
        var rows = first.Out.TrimEnd('\n').Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(first.Exit, Is.Zero, first.Err);
            Assert.That(again.Out, Is.EqualTo(first.Out), "the same seed gives the same sample");
            Assert.That(rows[0], Is.EqualTo("file\towner\twhat\tdue\tquote\tverdict"));
            Assert.That(rows, Has.Length.EqualTo(31));
        });
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Split('\t');
            Assert.That(cells, Has.Length.EqualTo(6), row);
            // The quote is the sender's sentence: its words are in the message's decoded body, whatever the line breaks there.
            var body = MimeSource.LoadEml(Path.Combine(pool, cells[0])).Text ?? "";
            var message = string.Join(' ', body.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            var quote = string.Join(' ', cells[4].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.That(message, Does.Contain(quote), row);
            Assert.That(cells[5], Is.Empty, "the verdict is the auditor's to write");
        }
    }

    [Test]
    public void DifferentSeedsDrawDifferentSamples()
    {
        var folders = new[] { "kaminski-v", "lay-k", "skilling-j" }.Select(c => SharedFolder.Require($"real-mail/enron/{c}")).ToArray();
        Assert.That(Run(["--seed", "1", "--count", "10", .. folders]).Out, Is.Not.EqualTo(Run(["--seed", "2", "--count", "10", .. folders]).Out));
    }

    [TestCase]
    [TestCase("--count", "0", "x")]
    [TestCase("--seed", "minus-one", "x")]
    [TestCase("/no/such/folder")]
    [TestCase("--verbose", "x")]
    public void BadArgumentsAreOneLineOnStandardErrorAndExitTwo(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);
        Assert.Multiple(() =>
        {
            Assert.That((exit, stdout), Is.EqualTo((2, "")));
            Assert.That(stderr.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
            Assert.That(stderr, Does.StartWith("audit-sample: "));
        });
    }
}
