using CrossDept.Threads;
using CrossDept.Threads.Reading;

namespace CrossDept.Tests.Reading;

/// <summary>
/// The history blocks of 2001 corporate mail (Lotus Notes, Outlook 2000, BlackBerry), in short synthetic examples of
/// the shapes found in ../shared/real-mail: each is quoted history, so an old promise inside it is never read as new.
/// </summary>
[TestFixture]
public sealed class LegacyHistoryTests
{
    static ReadMessage Read(string text) => MessageReader.Read(new IncomingMessage
    {
        From = new Person(null, "d..steffes@enron.com"),
        To = [new Person(null, "jane.doe@enron.com")],
        SentAt = new DateTimeOffset(2001, 5, 14, 11, 0, 0, TimeSpan.FromHours(-7)),
        Subject = "RE: Curves",
        Text = text,
    });

    [Test]
    public void Outlook2000OriginalMessageWithTabSeparatedHeadersIsHistory()
    {
        var read = Read("Fine by me.\n\n -----Original Message-----\nFrom: \tDoe, Jane  \nSent:\tMonday, May 14, 2001 10:22 AM\nTo:\tSteffes, James D.\nSubject:\tCurves\n\nCan you send the curves? I will review them by Monday.\n");
        Assert.That(read.Text, Is.EqualTo("Fine by me."));
    }

    [Test]
    public void LotusNotesWhoOnDateHeadWithToAndCcIsHistory()
    {
        var text = "Sounds good, thanks.\n\nJane Doe/HOU/ECT@ECT on 05/14/2001 10:22 AM\nTo:\tJames D Steffes/NA/Enron@Enron\ncc:\tSally Beck/HOU/ECT@ECT\nSubject:\tCurves\n\nI will send the curves by Friday.\n";
        var split = QuotedHistory.Split(text);
        Assert.Multiple(() =>
        {
            Assert.That(split.Reply, Is.EqualTo("Sounds good, thanks."));
            Assert.That(split.QuotedFrom, Is.EqualTo("Jane Doe/HOU/ECT@ECT"));
            Assert.That(split.QuotedDate, Is.EqualTo("05/14/2001 10:22 AM"));
        });
    }

    [Test]
    public void LotusNotesNameOverDateHeadIsHistory()
    {
        var text = "Frank\n\nJohn Hodge\n05/11/2001 12:13 PM\nTo:\tFrank W Vickers/NA/Enron@Enron\ncc:\t\n\nSubject:\tRe: Review\n\nI'll have the review done by Tuesday.\n";
        var split = QuotedHistory.Split(text);
        Assert.Multiple(() =>
        {
            Assert.That(split.Reply, Is.EqualTo("Frank"));
            Assert.That(split.QuotedFrom, Is.EqualTo("John Hodge"));
        });
    }

    [Test]
    public void LotusNotesHeadWrappedAfterOnWithPleaseRespondToIsHistory()
    {
        var text = "Count me in.\n\n\"Walker, Christopher\" <christopher.walker@linklaters.com> on\n04/27/2001 09:27:33 AM\nPlease respond to christopher.walker@linklaters.com\nTo:   \"Steffes, James\" <d..steffes@enron.com>,\n      Rob.Walls@enron.com\ncc:\n\nSubject:  Counsel\n\nWe will send the draft by May 1.\n";
        Assert.That(Read(text).Text, Is.EqualTo("Count me in."));
    }

    [Test]
    public void LotusNotesCompanyFromLineIsHistory()
    {
        var text = "Thanks.\n\n\tEnron North America Corp.  From:  Cynthia Franklin                           05/15/2001 05:57 AM\n\nTo:\tScott Dozier/NA/Enron@Enron\ncc:\tJohn Hodge/Corp/Enron@ENRON\n\nSubject:\tRe: Colonial Outstanding AR\n\nI will chase the receivables this week.\n";
        Assert.That(Read(text).Text, Is.EqualTo("Thanks."));
    }

    [Test]
    public void LotusNotesForwardedByBannerStartsHistoryEvenWrapped()
    {
        var text = "FYI - see below.\n---------------------- Forwarded by Jane Doe/HOU/ECT on 05/14/2001\n10:22 AM ---------------------------\n\n\nJohn Smith <jsmith@example.com> on 05/11/2001 09:12:33 AM\nTo: jane.doe@enron.com\ncc:\nSubject: Contract\n\nI'll have the contract signed by Tuesday.\n";
        Assert.That(Read(text).Text, Is.EqualTo("FYI - see below."));
    }

    [Test]
    public void LotusNotesFieldsSentByAnAnnouncementsAccountAreHistoryWithTheirSentByLine()
    {
        var text = "Worth reading before our lunch.\n\nSent by:\tEnron Announcements@ENRON\nTo:\tAll Enron Worldwide\ncc:\n\nSubject:\tDocument Preservation\n\nEvery employee will keep all documents until further notice.\n";
        Assert.That(Read(text).Text, Is.EqualTo("Worth reading before our lunch."));
    }

    [Test]
    public void MessageThatOpensWithNotesFieldsIsTheMemoItselfNotHistory()
    {
        var text = "To:\tAll Enron Worldwide\ncc:\n\nSubject:\tDocument Preservation\n\nEvery employee will keep all documents until further notice.\n";
        Assert.That(Read(text).Text, Does.Contain("Every employee will keep all documents"));
    }

    [Test]
    public void BlackBerryReplyAboveAnOriginalMessageKeepsOnlyWhatWasTyped()
    {
        var text = "Will do - I'll call him tomorrow.\n--------------------------\nSent from my BlackBerry Wireless Handheld (www.BlackBerry.net)\n\n-----Original Message-----\nFrom: Jane Doe <jane.doe@enron.com>\nTo: d..steffes@enron.com\nSent: Mon May 14 10:22:00 2001\nSubject: Bob\n\nCan you call Bob? I promise to follow up next week.\n";
        var read = Read(text);
        Assert.Multiple(() =>
        {
            Assert.That(read.Text, Is.EqualTo("Will do - I'll call him tomorrow.\n--------------------------\nSent from my BlackBerry Wireless Handheld (www.BlackBerry.net)"));
            Assert.That(read.Body, Is.EqualTo("Will do - I'll call him tomorrow."));
        });
    }

    [Test]
    public void MemoThatOpensWithItsOwnToFieldAndADateWithoutATimeIsNotHistory()
    {
        var text = "Notice No. 01-405\nNovember 29, 2001\n\nTo:\tAll Exchange Members / Member Firms\n\tAll Exchange Clearing Members\n\nFrom:\tJ. Robert Collins, Jr., President\n\nRe:\tHoliday trading hours\n\nThe Exchange will close early on Friday.\n";
        Assert.That(Read(text).Text, Does.Contain("The Exchange will close early on Friday."));
    }

    [Test]
    public void OldPromiseInsideALotusNotesHeadIsNotAnAgreement()
    {
        var message = new IncomingMessage
        {
            Id = "<r@enron.com>",
            From = new Person("James Steffes", "d..steffes@enron.com"),
            To = [new Person("Jane Doe", "jane.doe@enron.com")],
            SentAt = new DateTimeOffset(2001, 5, 14, 11, 0, 0, TimeSpan.FromHours(-7)),
            Subject = "RE: Contract",
            Text = "Thanks Jane.\n\nJane Doe/HOU/ECT@ECT on 05/11/2001 09:12 AM\nTo:\tJames D Steffes/NA/Enron@Enron\ncc:\t\nSubject:\tContract\n\nI'll have the contract signed by Tuesday.\n",
        };
        var analysis = ThreadAnalyzer.Analyze(new ConversationInput(null, [message]), "jane.doe@enron.com", message.SentAt.AddDays(1));
        Assert.That(analysis.Agreements, Is.Empty);
    }
}
