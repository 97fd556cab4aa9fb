using CrossDept.Tests.Support;
using CrossDept.Threads;
using CrossDept.Threads.Reading;

namespace CrossDept.Tests.Reading;

[TestFixture]
public sealed class MessageReaderTests
{
    static readonly TimeSpan NewYork = TimeSpan.FromHours(-5);

    static IncomingMessage Message(string? text = null, string? html = null, string? subject = "RE: Budget code",
        Dictionary<string, string>? headers = null, DateTimeOffset? sentAt = null) => new()
    {
        From = new Person("Raj Patel", "raj.patel@contoso.com"),
        To = [new Person("Jane Doe", "jane.doe@contoso.com")],
        SentAt = sentAt ?? new DateTimeOffset(2026, 11, 10, 9, 0, 0, NewYork),
        Subject = subject,
        Text = text,
        Html = html,
        Headers = headers ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
    };

    [Test]
    public void OutlookHtmlReplyKeepsOnlyTheNewTextAndItsSignature()
    {
        var html = """
            <html><body><div dir="ltr"><p>Hi Jane,</p><p>Sure - I can pull the export by Wednesday.</p>
            <p>Cheers,<br>Raj<br>--<br>Raj Patel<br>Sales Operations | Contoso Ltd.</p>
            <div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Jane Doe<br><b>Sent:</b> Monday</div>
            <p>Could you pull the export?</p></div></body></html>
            """;
        var read = MessageReader.Read(Message(html: html));
        Assert.Multiple(() =>
        {
            Assert.That(read.Text, Is.EqualTo("Hi Jane,\n\nSure - I can pull the export by Wednesday.\n\nCheers,\nRaj\n--\nRaj Patel\nSales Operations | Contoso Ltd."));
            Assert.That(read.Signature, Is.EqualTo("Cheers,\nRaj\n--\nRaj Patel\nSales Operations | Contoso Ltd."));
            Assert.That(read.Body, Is.EqualTo("Hi Jane,\n\nSure - I can pull the export by Wednesday."));
        });
    }

    [Test]
    public void PlainAlternativeIsReadWhenAMessageCarriesBothForItSpellsOutWhatTheHtmlHides()
    {
        var read = MessageReader.Read(Message(
            text: "Sure.\n\n--\nRaj\nSent with Sparrow (http://www.sparrowmailapp.com/?sig)",
            html: "<div>Sure.</div><div>--</div><div>Raj</div><div>Sent with <a href=\"http://www.sparrowmailapp.com/?sig\">Sparrow</a></div>"));
        Assert.That(read.Text, Is.EqualTo("Sure.\n\n--\nRaj\nSent with Sparrow (http://www.sparrowmailapp.com/?sig)"));
    }

    [Test]
    public void HtmlIsReadWhenItIsTheOnlyBody()
    {
        Assert.That(MessageReader.Read(Message(text: "  ", html: "<p>Sure &amp; thanks.</p>")).Text, Is.EqualTo("Sure & thanks."));
    }

    [TestCase("div", true)]
    [TestCase("div", false)]
    [TestCase("b", true)]
    [TestCase("span", true)]
    public void DeeplyNestedHtmlIsReadAndKeepsItsText(string tag, bool closed)
    {
        // 100,000 nested elements in about a megabyte: the parse once grew faster than the square of the depth (76 s).
        const int depth = 100_000;
        var html = new System.Text.StringBuilder("<p>Before the nest.</p>");
        for (var i = 0; i < depth; i++)
            html.Append('<').Append(tag).Append('>');
        html.Append("I will send the report by Friday.");
        if (closed)
            for (var i = 0; i < depth; i++)
                html.Append("</").Append(tag).Append('>');
        var text = MessageReader.Read(Message(html: html.ToString())).Text;
        Assert.That(text, Does.Contain("Before the nest.").And.Contain("I will send the report by Friday."));
    }

    [Test]
    public void LongNumberedListIsNumberedInOrder()
    {
        var items = string.Concat(Enumerable.Range(1, 3000).Select(i => $"<li>item {i}</li>"));
        var text = MessageReader.Read(Message(html: $"<ol>{items}</ol>")).Text;
        Assert.That(text, Does.StartWith("1. item 1\n2. item 2\n").And.EndWith("\n3000. item 3000"));
    }

    [Test]
    public void HtmlListsAndLineBreaksBecomeLines()
    {
        var read = MessageReader.Read(Message(html: "<p>Two things:</p><ol><li>the export</li><li>the refunds</li></ol><p>Line one<br>line two</p>"));
        Assert.That(read.Text, Is.EqualTo("Two things:\n\n1. the export\n2. the refunds\n\nLine one\nline two"));
    }

    [Test]
    public void GmailBottomPostKeepsWhatWasWrittenBelowTheQuote()
    {
        var html = """<div>Hi,</div><div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 2, 2026 at 9:12 AM Jane Doe &lt;jane.doe@contoso.com&gt; wrote:<br></div><blockquote class="gmail_quote">Could you send it?</blockquote></div><div>Sent it this morning.</div>""";
        Assert.That(MessageReader.Read(Message(html: html)).Text, Is.EqualTo("Hi,\nSent it this morning."));
    }

    [Test]
    public void PlainOutlookHistoryInAnotherLanguageIsRemoved()
    {
        var text = "Ça marche pour jeudi.\n\n________________________________\nDe : Jane Doe <jane.doe@contoso.com>\nEnvoyé : lundi 2 novembre 2026 09:12\nÀ : Raj Patel\nObjet : Export\n\nPeux-tu envoyer l'export ?";
        var read = MessageReader.Read(Message(text));
        Assert.That(read.Text, Is.EqualTo("Ça marche pour jeudi."));
    }

    // Outlook localised in Turkish, Czech and Chinese, the history block without the underscore rule above it (as a
    // disclaimer or a second quoted message leaves it).
    [TestCase("Kimden: Jane Doe <jane.doe@contoso.com>\nGönderildi: 10 Kasım 2026 Salı 14:00\nKime: Raj Patel\nKonu: Export")]
    [TestCase("Od: Jane Doe <jane.doe@contoso.com>\nOdesláno: pondělí 2. listopadu 2026 9:12\nKomu: Raj Patel\nPředmět: Export")]
    [TestCase("发件人: Jane Doe <jane.doe@contoso.com>\n发送时间: 2026年11月2日 9:12\n收件人: Raj Patel\n主题: Export")]
    [TestCase("发件人：Jane Doe <jane.doe@contoso.com>\n发送时间：2026年11月2日 9:12\n收件人：Raj Patel\n主题：Export")]
    public void LocalisedOutlookHistoryIsRemoved(string head)
    {
        var text = "Fine, Thursday it is.\n\n" + head + "\n\nCould you send the export? I will review it by Monday.";
        Assert.That(MessageReader.Read(Message(text)).Text, Is.EqualTo("Fine, Thursday it is."));
    }

    [Test]
    public void ForwardedMessageIsNotWhatTheSenderWrote()
    {
        var text = "FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Bob <bob@example.com>\nDate: Mon, Nov 2, 2026\nSubject: Feed\n\nThe feed is down.";
        Assert.That(MessageReader.Read(Message(text)).Text, Is.EqualTo("FYI, see below."));
    }

    [Test]
    public void SentenceStartingWithOnIsNotAQuoteHeader()
    {
        var text = "On Monday we agreed on the plan, as Tom wrote in the notes.\n\nThanks,\nRaj";
        var read = MessageReader.Read(Message(text));
        Assert.Multiple(() =>
        {
            Assert.That(read.Text, Is.EqualTo(text));
            Assert.That(read.Signature, Is.EqualTo("Thanks,\nRaj"));
        });
    }

    [Test]
    public void ClosingInsideASentenceIsNotASignature()
    {
        var text = "Hi Jane,\n\nWith regards to the payment, it went out on Friday.\nLet me know if it does not arrive.";
        Assert.That(MessageReader.Read(Message(text)).Signature, Is.Null);
    }

    [Test]
    public void LegalNoticeBelowTheSignOffBelongsToTheSignature()
    {
        var text = "Points 1 and 2 are fine.\n\nCarlos\n\nCarlos Mendes\nSenior Counsel, Legal | Contoso Ltd.\n\nCONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the intended recipient(s). If you are not the intended recipient, delete this message.";
        Assert.That(MessageReader.Read(Message(text)).Signature, Does.StartWith("Carlos\n\nCarlos Mendes").And.EndWith("delete this message."));
    }

    [Test]
    public void NoticeUnderARowOfStarsBelongsToTheSignatureWithTheSignOffAbove()
    {
        var text = "On the PPM schedule - could you get it to me by Friday?\n\nKind regards\n\nGareth Hughes\nEstates Operations Manager\n"
            + "Westfield Hospitals NHS Trust\nTel: 01632 960 418 | Ext 4418\n\n" + new string('*', 68) + "\n"
            + "This message may contain confidential information. If you are not the intended recipient please inform the sender that you "
            + "have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail.";
        Assert.That(MessageReader.Read(Message(text)).Signature, Does.StartWith("Kind regards\n\nGareth Hughes").And.EndWith("in this e-mail."));
    }

    [Test]
    public void ARegulatorsNoticeUnderTheContactBlockIsSignature()
    {
        var text = "Need these by 20 Nov or onboarding slips to Q1.\n\nMartin Hargreaves\nThird-Party Risk - Information Security\nNorthbridge Bank plc\n\n"
            + "Northbridge Bank plc is authorised by the Prudential Regulation Authority. If you have received it in error, please notify the sender.";
        Assert.That(MessageReader.Read(Message(text)).Signature, Does.StartWith("Martin Hargreaves").And.EndWith("notify the sender."));
    }

    [Test]
    public void AutoSubmittedReplyIsAutomaticWithItsReturnDate()
    {
        var read = MessageReader.Read(Message("I am out of the office until Monday, November 30 with limited access to email.",
            subject: "Automatic reply: Budget code", headers: new(StringComparer.OrdinalIgnoreCase) { ["Auto-Submitted"] = "auto-replied" }));
        Assert.Multiple(() =>
        {
            Assert.That(read.IsAutoReply, Is.True);
            Assert.That(read.AwayUntil, Is.EqualTo(new DateOnly(2026, 11, 30)));
        });
    }

    [Test]
    public void AutoSubmittedNoIsAPersonWriting()
    {
        var read = MessageReader.Read(Message("Thanks, will do.", headers: new(StringComparer.OrdinalIgnoreCase) { ["Auto-Submitted"] = "no" }));
        Assert.That(read.IsAutoReply, Is.False);
    }

    [TestCase("Abwesenheitsnotiz: Budget")]
    [TestCase("Out of Office: Budget code")]
    [TestCase("Réponse automatique : Budget")]
    [TestCase("Auto-Reply: Budget")]
    public void AutomaticReplySubjectsAreAutomaticWithoutHeaders(string subject) =>
        Assert.That(MessageReader.Read(Message("I am away.", subject: subject)).IsAutoReply, Is.True);

    [Test]
    public void OutOfOfficeWordingWithAReturnDateIsAutomaticWithoutHeaders()
    {
        var read = MessageReader.Read(Message("Thank you for your email. I am currently out of the office and will be back on Monday, November 16. I will respond upon my return.", subject: "RE: Budget code"));
        Assert.Multiple(() =>
        {
            Assert.That(read.IsAutoReply, Is.True);
            Assert.That(read.AwayUntil, Is.EqualTo(new DateOnly(2026, 11, 16)));
        });
    }

    [TestCase("Sure. I'm off on Friday, so I'll send the file Thursday.")]
    [TestCase("I'm out of the office until Monday, but I'll send the export then.")]
    public void PersonSayingTheyWillBeOutIsNotAnAutomaticReply(string text) =>
        Assert.That(MessageReader.Read(Message(text)).IsAutoReply, Is.False);

    [Test]
    public void OutOfOfficeNoticeNamingADeputyIsAutomaticWithoutHeaders() =>
        Assert.That(MessageReader.Read(Message("I am on annual leave. For urgent matters please contact the sales desk.")).IsAutoReply, Is.True);

    // Sent Tuesday 2026-11-10 in New York unless the case says otherwise.
    [TestCase("I'll be back on Monday, November 16.", "2026-11-16")]
    [TestCase("Returning 16 Nov.", "2026-11-16")]
    [TestCase("Away until 11/16.", "2026-11-16")]
    [TestCase("I am out, back Tuesday.", "2026-11-17")]
    [TestCase("Out of office until 2026-12-01.", "2026-12-01")]
    [TestCase("On leave until the 3rd of December.", "2026-12-03")]
    [TestCase("I will return on Friday 13 November 2026.", "2026-11-13")]
    [TestCase("Back tomorrow.", "2026-11-11")]
    [TestCase("I am out of the office with limited access to email.", null)]
    public void ReturnDateIsReadAgainstTheDayTheReplyWasSent(string text, string? expected)
    {
        var sent = new DateTimeOffset(2026, 11, 10, 9, 0, 0, NewYork);
        Assert.That(CrossDept.Agreements.DueDates.ReturnDate(text, sent), Is.EqualTo(expected is null ? (DateOnly?)null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void ReturnDateWithoutAYearRollsIntoTheNextYear() =>
        Assert.That(CrossDept.Agreements.DueDates.ReturnDate("Back on January 4.", new DateTimeOffset(2026, 12, 20, 9, 0, 0, NewYork)), Is.EqualTo(new DateOnly(2027, 1, 4)));

    [Test]
    public void NumericReturnDateIsDayFirstOutsideTheAmericas() =>
        Assert.That(CrossDept.Agreements.DueDates.ReturnDate("Out until 05/11.", new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.FromHours(1))), Is.EqualTo(new DateOnly(2026, 11, 5)));

    [Test]
    public void ReturnDateCountsFromTheSendersOwnDay()
    {
        // 23:30 in Seattle on the 15th is already the 16th in UTC; "tomorrow" is the 16th for the sender.
        var sent = new DateTimeOffset(2026, 11, 15, 23, 30, 0, TimeSpan.FromHours(-8));
        Assert.That(CrossDept.Agreements.DueDates.ReturnDate("Back tomorrow.", sent), Is.EqualTo(new DateOnly(2026, 11, 16)));
    }

    /// <summary>Our own annotated corpus: every message's text holds no quoted history, and sign-offs start the signature.</summary>
    [Test]
    public void CorpusMessagesCarryNoHistoryAndTheirSignOffs()
    {
        var corpus = SharedFolder.Require("corpus/dev");
        var messages = MimeSource.Load(Directory.GetDirectories(corpus)).Select(MessageReader.Read).ToArray();
        Assert.Multiple(() =>
        {
            foreach (var m in messages)
            {
                Assert.That(m.Text, Does.Not.Contain("From:").And.Not.Contain(" wrote:").And.Not.Contain("\n>"), m.Source.Id);
                if (!m.IsAutoReply)
                    Assert.That(m.Signature, Is.Not.Null, m.Source.Id);
            }
            Assert.That(messages.Where(m => m.Source.From.Address == "raj.patel@contoso.com").Select(m => m.Signature), Has.All.StartWith("Cheers,\nRaj\n--"));
            Assert.That(messages.Where(m => m.IsAutoReply).Select(m => m.AwayUntil), Is.EqualTo(new DateOnly?[] { new DateOnly(2026, 11, 30) }));
        });
    }
}
