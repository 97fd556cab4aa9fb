using CrossDept.Threads;
using static CrossDept.Tests.Threads.Conversations;

namespace CrossDept.Tests.Threads;

public class RecipientsTests
{
    const string Kim = "kim.nguyen@contoso.com";
    const string Sam = "sam.ortiz@contoso.com";

    static RecipientStatus Only(IReadOnlyList<RecipientStatus> recipients, string address) =>
        recipients.Single(r => r.Address == address);

    [Test]
    public void RepliedRecipientIsNotAskedAgain()
    {
        var thread = new[] { Ask(At(2, 9), Kim), Reply(Kim, At(2, 11)) };

        var kim = Only(Recipients.Track(thread, Me, At(10, 9)), Kim);

        Assert.That((kim.Status, kim.NextStep, kim.UnansweredRequests), Is.EqualTo((ReplyStatus.Replied, NextStep.None, 0)));
        Assert.That(kim.LastReplyAt, Is.EqualTo(At(2, 11)));
    }

    [Test]
    public void RepliedRecipientAskedAgainClimbsTheLadderFromTheirReply()
    {
        var once = new[] { Ask(At(2, 9), Kim), Reply(Kim, At(2, 11)), Ask(At(3, 9), Kim) };
        var twice = once.Append(Ask(At(9, 9), Kim)).ToArray();

        var remind = Only(Recipients.Track(once, Me, At(10, 9)), Kim);
        var call = Only(Recipients.Track(twice, Me, At(10, 9)), Kim);

        Assert.That((remind.Status, remind.NextStep, remind.UnansweredRequests), Is.EqualTo((ReplyStatus.Replied, NextStep.Remind, 1)));
        Assert.That((call.Status, call.NextStep, call.UnansweredRequests), Is.EqualTo((ReplyStatus.Replied, NextStep.Call, 2)));
    }

    [Test]
    public void TwoUnansweredEmailsMeanACallNotAThirdEmail()
    {
        var thread = new[] { Ask(At(5, 10), Kim, Sam), Ask(At(12, 10), Kim, Sam) };

        var recipients = Recipients.Track(thread, Me, At(18, 9));

        Assert.That(recipients.Select(r => (r.Address, r.Status, r.NextStep, r.UnansweredRequests)), Is.EqualTo(new[]
        {
            (Kim, ReplyStatus.Waiting, NextStep.Call, 2),
            (Sam, ReplyStatus.Waiting, NextStep.Call, 2),
        }));
    }

    [Test]
    public void OneUnansweredEmailWaitsUntilTwoBusinessDaysHavePassed()
    {
        // Asked Friday 10:00: Saturday and Sunday do not count, so Tuesday 09:00 is not yet two business days.
        var thread = new[] { Ask(At(6, 10), Kim) };

        Assert.That(Only(Recipients.Track(thread, Me, At(10, 9)), Kim).NextStep, Is.EqualTo(NextStep.Wait));
        Assert.That(Only(Recipients.Track(thread, Me, At(10, 10)), Kim).NextStep, Is.EqualTo(NextStep.Remind));
    }

    [Test]
    public void AnAutomaticReplyIsNotAReply()
    {
        var thread = new[] { Ask(At(2, 9), Kim), AutoReply(Kim, At(2, 9, 1), new DateOnly(2026, 11, 16)) };

        var kim = Only(Recipients.Track(thread, Me, At(10, 9)), Kim);

        Assert.That((kim.Status, kim.NextStep, kim.UnansweredRequests, kim.AwayUntil),
            Is.EqualTo((ReplyStatus.Away, NextStep.Wait, 1, (DateOnly?)new DateOnly(2026, 11, 16))));
        Assert.That(kim.LastReplyAt, Is.Null);
    }

    [Test]
    public void AwayPersonIsWaitedForEvenAfterTwoEmails()
    {
        var thread = new[] { Ask(At(2, 9), Kim), AutoReply(Kim, At(2, 9, 1), null), Ask(At(5, 9), Kim) };

        var kim = Only(Recipients.Track(thread, Me, At(10, 9)), Kim);

        Assert.That((kim.Status, kim.NextStep, kim.UnansweredRequests), Is.EqualTo((ReplyStatus.Away, NextStep.Wait, 2)));
    }

    [Test]
    public void PersonBackFromLeaveIsWaitingAgain()
    {
        var thread = new[] { Ask(At(2, 9), Kim), AutoReply(Kim, At(2, 9, 1), new DateOnly(2026, 11, 9)), Ask(At(3, 9), Kim) };

        var kim = Only(Recipients.Track(thread, Me, At(10, 9)), Kim);

        Assert.That((kim.Status, kim.NextStep, kim.AwayUntil), Is.EqualTo((ReplyStatus.Waiting, NextStep.Call, (DateOnly?)null)));
    }

    [Test]
    public void ReplyBeforeTheFirstAskDoesNotCount()
    {
        var thread = new[] { Reply(Kim, At(2, 8), "FYI the codes changed."), Ask(At(2, 9), Kim) };

        var kim = Only(Recipients.Track(thread, Me, At(3, 9)), Kim);

        Assert.That((kim.Status, kim.UnansweredRequests), Is.EqualTo((ReplyStatus.Waiting, 1)));
    }

    [Test]
    public void UnansweredCountStartsAfterTheLastReply()
    {
        var thread = new[] { Ask(At(2, 9), Kim), Reply(Kim, At(2, 10)), Ask(At(3, 9), Kim), Ask(At(4, 9), Kim) };

        var kim = Only(Recipients.Track(thread, Me, At(10, 9)), Kim);

        Assert.That((kim.Status, kim.UnansweredRequests, kim.LastReplyAt), Is.EqualTo((ReplyStatus.Replied, 2, (DateTimeOffset?)At(2, 10))));
    }

    [Test]
    public void CopiedPeopleAreInformedNotAsked()
    {
        var thread = new[] { Message(Me, At(2, 9), [Kim], "Could you send me the code?", cc: [Sam]) };

        Assert.That(Recipients.Track(thread, Me, At(3, 9)).Select(r => r.Address), Is.EqualTo(new[] { Kim }));
    }

    [Test]
    public void TheMailboxOwnerIsNeverTheirOwnRecipient()
    {
        var thread = new[] { Message(Me, At(2, 9), [Me.ToUpperInvariant(), Kim], "Notes to self and Kim: could you check them?") };

        Assert.That(Recipients.Track(thread, Me, At(3, 9)).Select(r => r.Address), Is.EqualTo(new[] { Kim }));
    }

    [Test]
    public void AddressesMatchWhateverTheirCase()
    {
        var thread = new[] { Ask(At(2, 9), "Kim.Nguyen@Contoso.com"), Reply(Kim, At(2, 10)) };

        Assert.That(Recipients.Track(thread, Me, At(3, 9)).Single().Status, Is.EqualTo(ReplyStatus.Replied));
    }

    [Test]
    public void OnlyMessagesFromOthersToMeCountAsAsksWhenIAmTheSender()
    {
        // Someone else asking Kim is not the mailbox owner's ask.
        var thread = new[] { Message("dan.moore@contoso.com", At(2, 9), [Kim], "Kim, can you send it?") };

        Assert.That(Recipients.Track(thread, Me, At(9, 9)), Is.Empty);
    }

    // The contract: only the owner's requests ask people. Each line below is a whole owner message.
    [TestCase("Thanks Kim, that unblocks the build.")]
    [TestCase("Great, thank you both!")]
    [TestCase("FYI, we are scheduled to meet on the 8th.")]
    [TestCase("Just a heads-up: the survey tool renews on Dec 1.")]
    [TestCase("Recap of what we agreed:\n1. Kim: update the budget forecast by Friday\n2. I will book the review for the 19th.\nAny changes should be flagged by Wednesday.")]
    [TestCase("If you have any questions, let me know.")]
    [TestCase("Let me know if you need anything else. Hope this helps!")]
    [TestCase("Please don't hesitate to reach out if you have any questions.")]
    public void AMessageThatAsksNothingMakesNoRecipient(string text)
    {
        var thread = new[] { Message(Me, At(2, 9), [Kim], text) };

        Assert.That(Recipients.Track(thread, Me, At(9, 9)), Is.Empty);
    }

    [TestCase("Kim, what is the budget code for the renewal?")]
    [TestCase("Could you send me the budget code by Friday?")]
    [TestCase("Please let me know if you're interested in joining the pilot.")]
    [TestCase("Kim: the budget code for the renewal, please.")]
    [TestCase("Thanks for the call. Could you also send the slides?")]
    [TestCase("Recap of what we agreed:\n1. Kim: update the budget forecast by Friday\nIf I missed anything, please shout by Monday.")]
    [TestCase("If you have any questions, let me know. Otherwise please sign the form by Friday.")]
    public void AQuestionAnAskOrAnInvitationToAnswerMakesARecipient(string text)
    {
        var thread = new[] { Message(Me, At(2, 9), [Kim], text) };

        Assert.That(Recipients.Track(thread, Me, At(9, 9)).Select(r => (r.Address, r.UnansweredRequests)), Is.EqualTo(new[] { (Kim, 1) }));
    }

    [Test]
    public void ThanksFyiAndCourtesyAfterAnAskDoNotCountAsUnanswered()
    {
        var thread = new[]
        {
            Ask(At(2, 9), Kim),
            Message(Me, At(3, 9), [Kim], "FYI, we are scheduled to meet on the 8th."),
            Message(Me, At(4, 9), [Kim], "Thanks, and let me know if you have any questions."),
        };

        var kim = Only(Recipients.Track(thread, Me, At(5, 9)), Kim);

        Assert.That((kim.UnansweredRequests, kim.NextStep, kim.LastAskedAt), Is.EqualTo((1, NextStep.Remind, (DateTimeOffset?)At(2, 9))));
    }

    [Test]
    public void AFollowUpAsksAgain()
    {
        var thread = new[] { Ask(At(2, 9), Kim), Message(Me, At(4, 9), [Kim], "Following up on this - the renewal is close.") };

        Assert.That(Only(Recipients.Track(thread, Me, At(5, 9)), Kim).NextStep, Is.EqualTo(NextStep.Call));
    }

    [TestCase(2, 9, 4, 9, 48)]    // Monday to Wednesday
    [TestCase(6, 10, 9, 10, 24)]  // Friday to Monday: the weekend does not count
    [TestCase(7, 10, 9, 6, 6)]    // Saturday to Monday 06:00
    [TestCase(4, 9, 4, 8, 0)]     // the past
    public void BusinessTimeCountsOnlyWeekdays(int fromDay, int fromHour, int toDay, int toHour, int hours)
    {
        Assert.That(Recipients.BusinessTimeBetween(At(fromDay, fromHour), At(toDay, toHour)), Is.EqualTo(TimeSpan.FromHours(hours)));
    }
}
