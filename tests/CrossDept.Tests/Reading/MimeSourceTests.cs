using System.Text;
using CrossDept.Threads;
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
    public void AddressesTheRfcsCallInvalidAreReadAsWritten()
    {
        var mime = """
            From: d..steffes@enron.com
            To: .nelson@enron.com, legal <.taylor@enron.com>, carol.st.@enron.com, "Lay, Kenneth" <kenneth.lay@enron.com>
            Cc: Smith, John <john.smith@enron.com>, <david".'"zdunkewicz@enron.com>, office <bailey>
            Subject: Gas desk
            Date: Mon, 14 May 2001 10:22:00 -0700 (PDT)

            Hi
            """;
        var message = MimeSource.Parse(Bytes(mime), "test");
        Assert.Multiple(() =>
        {
            Assert.That(message.From.Address, Is.EqualTo("d..steffes@enron.com"));
            Assert.That(message.To.Select(p => p.Address), Is.EqualTo(new[] { ".nelson@enron.com", ".taylor@enron.com", "carol.st.@enron.com", "kenneth.lay@enron.com" }));
            Assert.That(message.To.Select(p => p.Name), Is.EqualTo(new[] { null, "legal", null, "Lay, Kenneth" }));
            Assert.That(message.Cc.Select(p => p.Address), Is.EqualTo(new[] { "john.smith@enron.com", "david\".'\"zdunkewicz@enron.com", "bailey" }));
            Assert.That(message.Cc[0].Name, Is.EqualTo("Smith, John"));
        });
    }

    [Test]
    public void MessageWithoutADateHeaderIsDatedByItsFirstReceivedHeader()
    {
        var mime = """
            Received: from mx2.contoso.com by mail.contoso.com; Tue, 3 Nov 2026 08:07:30 -0500
            Received: from laptop by mx2.contoso.com; Tue, 3 Nov 2026 08:05:10 -0500
            From: Raj Patel <raj.patel@contoso.com>
            To: jane.doe@contoso.com
            Subject: Export

            Hello
            """;
        var message = MimeSource.Parse(Bytes(mime), "test");
        Assert.Multiple(() =>
        {
            Assert.That(message.SentAt, Is.EqualTo(new DateTimeOffset(2026, 11, 3, 8, 5, 10, TimeSpan.FromHours(-5))));
            Assert.That(message.SentAtFrom, Is.EqualTo(DateSource.Received));
        });
    }

    [Test]
    public void UnreadableDateFallsBackToTheReceivedHeaderNotTheYearOne()
    {
        var mime = "Received: from a by b; Tue, 3 Nov 2026 08:05:10 -0500\n" + Headers.Replace("Tue, 03 Nov 2026 08:05:00 -0500", "sometime last week") + "\nContent-Type: text/plain\n\nHi\n";
        var message = MimeSource.Parse(Bytes(mime), "a.eml");
        Assert.Multiple(() =>
        {
            Assert.That(message.SentAt.Year, Is.EqualTo(2026));
            Assert.That(message.SentAtFrom, Is.EqualTo(DateSource.Received));
        });
    }

    [Test]
    public void MessageWithNoDateAnywhereIsPlacedAfterTheOneBeforeItInItsFolderAndMarked()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"crossdept-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "1.eml"), Headers + "\nContent-Type: text/plain\n\nFirst\n");
            File.WriteAllText(Path.Combine(folder, "2.eml"), "From: Jane Doe <jane.doe@contoso.com>\nTo: raj.patel@contoso.com\nSubject: RE: Export\n\nSecond\n");
            var messages = MimeSource.Load([folder]);
            Assert.Multiple(() =>
            {
                Assert.That(messages[1].SentAt, Is.EqualTo(messages[0].SentAt.AddMinutes(1)));
                Assert.That(messages[1].SentAtFrom, Is.EqualTo(DateSource.Position));
                Assert.That(messages[0].SentAtFrom, Is.EqualTo(DateSource.Header));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void TextWithoutHeadersIsRefusedNamingTheMissingFromHeader()
    {
        var error = Assert.Throws<MailSourceException>(() => MimeSource.Parse(Bytes("Subject: notes\n\nsome words\n"), "a.eml"));
        Assert.That(error!.Message, Is.EqualTo("a.eml: not a mail message: no From header"));
    }

    [Test]
    public void TextThatIsNotMailIsRefusedSayingItsHeadersCannotBeRead()
    {
        var error = Assert.Throws<MailSourceException>(() => MimeSource.Parse(Bytes("just some words\n\nand more\n"), "a.eml"));
        Assert.That(error!.Message, Does.StartWith("a.eml: not a mail message: its headers cannot be read"));
    }

    [Test]
    public void FromHeaderThatNamesNoOneIsRefusedQuotingIt()
    {
        var error = Assert.Throws<MailSourceException>(() => MimeSource.Parse(Bytes("From: \nTo: a@b.c\n\nHi\n"), "a.eml"));
        Assert.That(error!.Message, Does.StartWith("a.eml: the From header").And.Contain("names no one"));
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
