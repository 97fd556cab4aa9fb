using System.Text;
using CrossDept.Threads.Reading;

namespace CrossDept.Tests.Reading;

[TestFixture]
public sealed class MimeSourceTests
{
    static Stream Bytes(string mime, Encoding? encoding = null) => new MemoryStream((encoding ?? Encoding.ASCII).GetBytes(mime.ReplaceLineEndings("\r\n")));

    const string Headers = """
        From: Raj Patel <raj.patel@contoso.com>
        To: Jane Doe <jane.doe@contoso.com>
        Subject: RE: Export
        Date: Tue, 03 Nov 2026 08:05:00 -0500
        Message-ID: <a@contoso.com>
        MIME-Version: 1.0
        """;

    [Test]
    public void LegacyCharsetAndQuotedPrintableAreDecoded()
    {
        var mime = Headers + "\nContent-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\nCaf=E9 at 10 =96 I=92ll bring the export.\n";
        var message = MimeSource.Parse(Bytes(mime), "test");
        Assert.That(message.Text?.Trim(), Is.EqualTo("Café at 10 – I’ll bring the export."));
    }

    [Test]
    public void AlternativePartsGiveBothBodies()
    {
        var html = Convert.ToBase64String(Encoding.UTF8.GetBytes("<p>Sure – Wednesday.</p>"));
        var mime = Headers + $"""

            Content-Type: multipart/alternative; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8

            Sure - Wednesday.
            --b
            Content-Type: text/html; charset=utf-8
            Content-Transfer-Encoding: base64

            {html}
            --b--
            """;
        var message = MimeSource.Parse(Bytes(mime), "test");
        Assert.Multiple(() =>
        {
            Assert.That(message.Html, Does.Contain("<p>Sure – Wednesday.</p>"));
            Assert.That(message.Text?.Trim(), Is.EqualTo("Sure - Wednesday."));
            Assert.That(message.SentAt, Is.EqualTo(new DateTimeOffset(2026, 11, 3, 8, 5, 0, TimeSpan.FromHours(-5))));
        });
    }

    [Test]
    public void UnreadableDateIsAnErrorNotTheYearOne()
    {
        var mime = Headers.Replace("Tue, 03 Nov 2026 08:05:00 -0500", "sometime last week") + "\nContent-Type: text/plain\n\nHi\n";
        var error = Assert.Throws<MailSourceException>(() => MimeSource.Parse(Bytes(mime), "a.eml"));
        Assert.That(error!.Message, Does.StartWith("a.eml: ").And.Contain("Date"));
    }

    [Test]
    public void MboxGivesEveryMessage()
    {
        var path = Path.Combine(Path.GetTempPath(), $"crossdept-{Guid.NewGuid():N}.mbox");
        try
        {
            var one = Headers + "\nContent-Type: text/plain\n\nFirst\n";
            var two = Headers.Replace("<a@contoso.com>", "<b@contoso.com>") + "\nContent-Type: text/plain\n\nSecond\n";
            File.WriteAllText(path, ("From raj@contoso.com Tue Nov  3 08:05:00 2026\n" + one + "\nFrom raj@contoso.com Tue Nov  3 09:05:00 2026\n" + two).ReplaceLineEndings("\n"));
            var messages = MimeSource.LoadMbox(path);
            Assert.That(messages.Select(m => m.Id), Is.EqualTo(new[] { "<a@contoso.com>", "<b@contoso.com>" }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void AutomaticReplyHeadersReachTheReader()
    {
        var mime = Headers + "\nAuto-Submitted: auto-replied\nContent-Type: text/plain\n\nI am out of the office until Monday, November 9.\n";
        var read = MessageReader.Read(MimeSource.Parse(Bytes(mime), "test"));
        Assert.Multiple(() =>
        {
            Assert.That(read.IsAutoReply, Is.True);
            Assert.That(read.AwayUntil, Is.EqualTo(new DateOnly(2026, 11, 9)));
        });
    }
}
