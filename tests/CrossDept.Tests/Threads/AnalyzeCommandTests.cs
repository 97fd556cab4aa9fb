using System.Text.Json;
using CrossDept.Threads;

namespace CrossDept.Tests.Threads;

public class AnalyzeCommandTests
{
    string folder = "";

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("crossdept-cli-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = AnalyzeCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    const string Ask = """
        From: Jane Doe <jane.doe@contoso.com>
        To: Kim Nguyen <kim.nguyen@contoso.com>
        Subject: Budget codes
        Date: Thu, 05 Nov 2026 10:00:00 -0500
        Message-ID: <ask.1@contoso.com>
        Content-Type: text/plain; charset=utf-8

        Could you send me the budget code by Friday?
        """;

    const string Answer = """
        From: Kim Nguyen <kim.nguyen@contoso.com>
        To: Jane Doe <jane.doe@contoso.com>
        Subject: RE: Budget codes
        Date: Thu, 05 Nov 2026 11:00:00 -0500
        Message-ID: <ask.2@contoso.com>
        Content-Type: text/plain; charset=utf-8

        It is 4410-CX.
        """;

    [Test]
    public void FolderIsReadAsOneConversationOrderedByDateNotByFileName()
    {
        File.WriteAllText(Path.Combine(folder, "a.eml"), Answer);
        File.WriteAllText(Path.Combine(folder, "b.eml"), Ask);

        var (exit, stdout, stderr) = Run("--me", "jane.doe@contoso.com", "--now", "2026-11-06T09:00:00-05:00", folder);

        Assert.That(exit, Is.Zero, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.That(root.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("id").GetString()),
            Is.EqualTo(new[] { "<ask.1@contoso.com>", "<ask.2@contoso.com>" }));
        Assert.That(root.GetProperty("conversation").GetProperty("subject").GetString(), Is.EqualTo("Budget codes"));
        var kim = root.GetProperty("recipients")[0];
        Assert.That(kim.GetProperty("status").GetString(), Is.EqualTo("replied"));
        Assert.That(kim.GetProperty("nextStep").GetString(), Is.EqualTo("none"));
        Assert.That(kim.GetProperty("lastReplyAt").GetString(), Is.EqualTo("2026-11-05T11:00:00-05:00"));
    }

    [Test]
    public void EachMessageSaysHowItWasDatedDateReceivedOrPosition()
    {
        File.WriteAllText(Path.Combine(folder, "1.eml"), Ask);
        File.WriteAllText(Path.Combine(folder, "2.eml"), "Received: from laptop by mx2.contoso.com; Thu, 5 Nov 2026 11:00:10 -0500\n" +
            Answer.Replace("Date: Thu, 05 Nov 2026 11:00:00 -0500\n", ""));
        File.WriteAllText(Path.Combine(folder, "3.eml"), "From: Jane Doe <jane.doe@contoso.com>\nTo: kim.nguyen@contoso.com\nSubject: RE: Budget codes\n" +
            "Message-ID: <ask.3@contoso.com>\n\nThanks Kim.\n");

        var (exit, stdout, stderr) = Run("--me", "jane.doe@contoso.com", "--now", "2026-11-06T09:00:00-05:00", folder);

        Assert.That(exit, Is.Zero, stderr);
        using var json = JsonDocument.Parse(stdout);
        var messages = json.RootElement.GetProperty("messages").EnumerateArray().ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(messages.Select(m => m.GetProperty("id").GetString()), Is.EqualTo(new[] { "<ask.1@contoso.com>", "<ask.2@contoso.com>", "<ask.3@contoso.com>" }));
            Assert.That(messages.Select(m => m.GetProperty("sentAtFrom").GetString()), Is.EqualTo(new[] { "date", "received", "position" }));
            Assert.That(messages[1].GetProperty("sentAt").GetString(), Is.EqualTo("2026-11-05T11:00:10-05:00"));
            // Placed one minute after the message before it, and marked so.
            Assert.That(messages[2].GetProperty("sentAt").GetString(), Is.EqualTo("2026-11-05T11:01:10-05:00"));
        });
    }

    [Test]
    public void MboxIsReadMessageByMessage()
    {
        var mbox = Path.Combine(folder, "thread.mbox");
        File.WriteAllText(mbox, "From jane Thu Nov  5 10:00:00 2026\n" + Ask + "\n\nFrom kim Thu Nov  5 11:00:00 2026\n" + Answer + "\n");

        var (exit, stdout, stderr) = Run("--me", "jane.doe@contoso.com", "--now", "2026-11-06T09:00:00-05:00", mbox);

        Assert.That(exit, Is.Zero, stderr);
        Assert.That(JsonDocument.Parse(stdout).RootElement.GetProperty("messages").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public void MissingFolderIsOneClearLineAndExitTwo()
    {
        var (exit, stdout, stderr) = Run("--me", "jane.doe@contoso.com", Path.Combine(folder, "nope"));

        Assert.That((exit, stdout), Is.EqualTo((2, "")));
        Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.Contain("no such file or folder"));
    }

    [Test]
    public void EmptyFolderIsAnError()
    {
        var (exit, _, stderr) = Run("--me", "jane.doe@contoso.com", folder);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("no .eml files"));
    }

    [Test]
    public void FileThatIsNotMimeIsAnError()
    {
        var file = Path.Combine(folder, "notes.eml");
        File.WriteAllText(file, "just some notes, not an email\n");

        var (exit, stdout, stderr) = Run("--me", "jane.doe@contoso.com", file);

        Assert.That((exit, stdout), Is.EqualTo((2, "")));
        Assert.That(stderr, Does.Contain("not a mail message"));
    }

    [Test]
    public void BadDateIsAnError()
    {
        File.WriteAllText(Path.Combine(folder, "a.eml"), Ask);

        var (exit, _, stderr) = Run("--me", "jane.doe@contoso.com", "--now", "next tuesday", folder);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--now"));
    }

    [TestCase]
    [TestCase("--me")]
    [TestCase("--me", "not-an-address")]
    public void MailboxOwnerIsRequired(params string[] args)
    {
        File.WriteAllText(Path.Combine(folder, "a.eml"), Ask);

        var (exit, _, stderr) = Run([.. args, folder]);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.StartWith("analyze: ").And.Contain("--me"));
    }

    [Test]
    public void UnknownOptionIsAnError()
    {
        var (exit, _, stderr) = Run("--me", "jane.doe@contoso.com", "--verbose", folder);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("unknown option '--verbose'"));
    }

    [Test]
    public void HelpDescribesTheCommand()
    {
        var (exit, stdout, _) = Run("--help");

        Assert.That(exit, Is.Zero);
        Assert.That(stdout, Does.Contain("analyze --me ADDRESS [--now ISO-8601]"));
    }
}
