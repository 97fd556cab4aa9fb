using CrossDept.Agreements;

namespace CrossDept.Tests.Agreements;

/// <summary>
/// Ways of writing a commitment that other writers use: a dash after the date, a hedge beside a firm clause, the object
/// put first, a verbless yes, a purpose clause inside an ask. Sentences written for the rule, with negatives beside them.
/// </summary>
public class PhrasingTests
{
    // Monday 2 November 2026.
    static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-5));

    static IReadOnlyList<Commitment> Firm(string sentence)
    {
        var text = Sentences.Normalize(sentence);
        return Commitments.Find(text, DueDates.FindAll(text, Monday)).Where(c => c.Stance == Stance.Firm && !c.IsVague).ToArray();
    }

    [TestCase("The budget goes in by the 12th - finance is still checking the totals.", "2026-11-12")]
    [TestCase("We need it before the 9th \u2013 the board meets that week.", "2026-11-09")]
    [TestCase("Expect it on the 25th \u2014 unless the vendor slips.", "2026-11-25")]
    [TestCase("Due the 18th - no extensions.", "2026-11-18")]
    public void ADashEndsTheDateLikeACommaDoes(string sentence, string date) =>
        Assert.That(DueDates.Find(Sentences.Normalize(sentence), Monday)?.Date, Is.EqualTo(DateOnly.Parse(date)));

    [TestCase("You'll get the invoices by the 16th - accounting is closing the month.", "send the invoices")]
    [TestCase("I'll share the roadmap before the 10th \u2014 product still has to sign it off.", "share the roadmap")]
    public void ADashedAsideLeavesTheCommitmentAndItsDate(string sentence, string what)
    {
        var text = Sentences.Normalize(sentence);
        var dates = DueDates.FindAll(text, Monday);
        var found = Firm(sentence);
        Assert.That(found.Select(c => c.What), Is.EqualTo(new[] { what }));
        Assert.That(dates.Where(d => d.Index < found[0].End && d.End > found[0].Start).Select(d => d.Date), Has.Exactly(1).Items);
    }

    [TestCase("We will send the revised schedule on or before Thursday (your Wednesday night).", "send the revised schedule")]
    [TestCase("I'll e-mail you the entire itinerary tomorrow morning (my time) for your final approval.", "e-mail you the entire itinerary")]
    [TestCase("Together, we will establish a bogie price (their marginal cost of generation), and any value we get above it is split.", "establish a bogie price")]
    public void ABracketTheTasksEndCutOpenIsNoPartOfIt(string sentence, string what) =>
        Assert.That(Firm(sentence).Select(c => c.What), Is.EqualTo(new[] { what }));

    [TestCase("Sure - my team will take over the vendor onboarding, we should be able to have it finished by the 20th.", "take over the vendor onboarding")]
    [TestCase("Fine by me: I'll run the data cleanup, and we should be able to wrap it up next week.", "run the data cleanup")]
    [TestCase("We should be able to have the new contracts signed by Friday.", "have the new contracts signed")]
    [TestCase("I should be able to get the audit report to you by end of the month.", "send the audit report")]
    public void AHedgeBindsOnlyItsOwnClauseAndShouldBeAbleWithADateCommits(string sentence, string what) =>
        Assert.That(Firm(sentence).Select(c => c.What), Is.EqualTo(new[] { what }));

    [TestCase("We should be able to help with that.")]
    [TestCase("Sure, we should be able to do it.")]
    [TestCase("We should be able to have the contracts signed by Friday, hopefully.")]
    [TestCase("I'll run the data cleanup, but I might not finish it this week.")]
    [TestCase("I'll send the forecast by Friday, but no promises.")]
    [TestCase("No promises, but I'll look at the logs tomorrow.")]
    [TestCase("I should send the report by Friday.")]
    public void AHedgeStillHoldsWhereItBelongs(string sentence) =>
        Assert.That(Firm(sentence), Is.Empty, sentence);

    [TestCase("The signed order form I send you on Wednesday.", "send the signed order form")]
    [TestCase("I will check the invoice today, and the refund we process within three days.", "process the refund")]
    [TestCase("The test accounts we set up tomorrow morning, they are almost configured.", "set up the test accounts")]
    [TestCase("The quote I will email you by Thursday.", "email the quote")]
    [TestCase("Our new pricing we publish next Monday.", "publish the new pricing")]
    public void AnObjectPutFirstIsWhatTheVerbDelivers(string sentence, string what) =>
        Assert.That(Firm(sentence).Select(c => c.What), Does.Contain(what));

    [TestCase("The report we discussed yesterday is attached.")]
    [TestCase("The meeting we have on Thursday is cancelled.")]
    [TestCase("The numbers I sent you on Friday were wrong.")]
    [TestCase("The fix we deploy is tested.")]
    public void AnObjectPutFirstNeedsADeliveringVerbAndADate(string sentence) =>
        Assert.That(Firm(sentence), Is.Empty, sentence);

    [TestCase("On it - laptops ready by Thursday.", "have laptops ready")]
    [TestCase("Will do, slides over first thing tomorrow.", "send slides")]
    [TestCase("Sure: the room booked by Friday.", "have the room booked")]
    [TestCase("Will do - contracts sent before the 10th.", "send contracts")]
    public void AfterAYesAThingAndItsStateArePromised(string sentence, string what) =>
        Assert.That(Firm(sentence).Select(c => c.What), Is.EqualTo(new[] { what }));

    [TestCase("Laptops ready by Thursday would be great.")]
    [TestCase("Sure, it's done by Thursday usually.")]
    [TestCase("On it - laptops ready soon.")]
    [TestCase("The slides are ready since Friday.")]
    [TestCase("Sure, Maria out until Monday.")]
    [TestCase("Sure - invoices done last Monday.")]
    [TestCase("Ok, the badges ready since Tuesday.")]
    public void AThingAndAStateAloneArePromisedByNoOne(string sentence) =>
        Assert.That(Firm(sentence), Is.Empty, sentence);

    [TestCase("Please send me your travel plans by Friday so I can book the hotel.")]
    [TestCase("Could you share the draft by Wednesday so that we can review it with legal?")]
    [TestCase("Kindly return the signed form by the 12th, so we can file it on time.")]
    public void APurposeClauseInAnAskIsNoPromiseOfTheAsker(string sentence) =>
        Assert.That(Commitments.IsCommitment(sentence), Is.False, sentence);

    [TestCase("The data is in, so I can send the report by Friday.", "send the report")]
    [TestCase("I'll finish the mapping today so we can start the load tomorrow.", "finish the mapping")]
    public void SoWithoutAnAskStillCommits(string sentence, string what) =>
        Assert.That(Firm(sentence).Select(c => c.What), Does.Contain(what));

    [TestCase("Me: send the floor plan by Friday")]
    [TestCase("Myself: send the floor plan by Friday")]
    [TestCase("I: send the floor plan by Friday")]
    public void TheWriterLabelledInARecapOwnsTheLine(string line)
    {
        var text = Sentences.Normalize(line);
        var found = Commitments.Find(text, DueDates.FindAll(text, Monday), inRecap: true);
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(found[0].Owner, Is.EqualTo(CommitmentOwner.Sender));
            Assert.That(found[0].What, Is.EqualTo("send the floor plan"));
        });
    }

    [Test]
    public void AMeLabelOutsideARecapIsNoCommitment()
    {
        var text = "Me: send the floor plan by Friday";
        Assert.That(Commitments.Find(text, DueDates.FindAll(text, Monday)), Is.Empty);
    }
}
