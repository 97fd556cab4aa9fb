using CrossDept.Agreements;

namespace CrossDept.Tests.Agreements;

/// <summary>Sentences people write, and whether each commits its writer; plus requests and what they ask.</summary>
public class CommitmentsTests
{
    static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-5));

    [TestCase("Sure - I can pull the churn export by end of day Wednesday.", "pull the churn export")]
    [TestCase("I'll have the refund numbers to you by Friday, but only for North America - EMEA is still being reconciled.", "send the refund numbers")]
    [TestCase("I'll put together the combined sheet and share it with you on Monday for a quick check.", "put together the combined sheet and share it")]
    [TestCase("Point 3 needs a DPA amendment - I will send you a redline by next Tuesday.", "send a redline")]
    [TestCase("Our team will have the feed running in staging by the 20th.", "have the feed running in staging")]
    [TestCase("I'll get you the first draft by Thursday.", "send the first draft")]
    [TestCase("We will provision the 5 laptops by Nov 13, and I'll ping you once they're imaged.", "provision the 5 laptops")]
    [TestCase("Perfect, thanks Ben. I will request the five accounts in the portal today.", "request the five accounts in the portal")]
    [TestCase("I can do Tuesday the 17th at 10.", "meet Tuesday the 17th at 10")]
    [TestCase("You'll have the slides by Friday.", "send the slides")]
    [TestCase("The draft will land on Monday instead, sorry for the slip.", "send the draft")]
    [TestCase("I'm going to write up the notes tomorrow.", "write up the notes")]
    [TestCase("Consider it done: I'll update the price list by Friday.", "update the price list")]
    [TestCase("I am happy to draft a formal response.", "draft a formal response")]
    [TestCase("I will sign up for an informal SIG at CHI.", "sign up for an informal SIG at CHI")]
    [TestCase("We\u2019ll send the signed contract by 20 Nov.", "send the signed contract")]
    [TestCase("Will send the deck over tomorrow.", "send the deck over")]
    [TestCase("I'll be sending the invoice on Monday.", "sending the invoice")]
    [TestCase("I can have the numbers ready by Tuesday.", "have the numbers ready")]
    [TestCase("We're planning to ship the fix next week.", "ship the fix")]
    [TestCase("I'll hold the room for Thursday.", "hold the room")]
    [TestCase("The banners will be ready for the 18/11, and I send you a first draft on Thursday so you can validate the direction.", "send a first draft")]
    [TestCase("We deliver the new chairs on Monday.", "deliver the new chairs")]
    [TestCase("Seating plan I will share by Friday itself, as Thursday we are off site.", "share seating plan")]
    [TestCase("The revised budget we'll send on Monday.", "send the revised budget")]
    [TestCase("Happy to review the contract by Thursday.", "review the contract")]
    [TestCase("Can do Thursday at 3pm.", "meet Thursday at 3pm")]
    [TestCase("I'm on it - expect the numbers by Wednesday.", "send the numbers")]
    public void ACommitmentIsFoundWithAShortVerbPhrase(string sentence, string what)
    {
        Assert.That(Commitments.IsCommitment(sentence), Is.True, sentence);
        var found = Commitments.Find(Sentences.Normalize(sentence), DueDates.FindAll(Sentences.Normalize(sentence), Monday));
        Assert.That(found.Select(c => c.What), Does.Contain(what));
    }

    [TestCase("I might be able to look at it next week.")]
    [TestCase("No promises, but I'll try to get it done by Friday.")]
    [TestCase("I'll try to send it tomorrow.")]
    [TestCase("Hi Jane, I can't take this on this quarter, sorry.")]
    [TestCase("We won't be able to deliver the feed this year.")]
    [TestCase("Could you confirm by Wednesday whether that is feasible?")]
    [TestCase("Will you send the file by Friday?")]
    [TestCase("Please make sure their accounts are requested in the portal.")]
    [TestCase("Any changes should be flagged by Wednesday.")]
    [TestCase("We will never ask for your password.")]
    [TestCase("This message will be archived in accordance with IT policy.")]
    [TestCase("If you are not the intended recipient, you will delete this message and notify the sender.")]
    [TestCase("I would probably be able to attend starting the 7th.")]
    [TestCase("I can send the numbers if you give me access to the warehouse by Monday.")]
    [TestCase("I will be out of the office until Monday.")]
    [TestCase("I have to pull out of the project.")]
    [TestCase("Thanks Carlos, that unblocks the build.")]
    [TestCase("We need a first draft to review with marketing.")]
    [TestCase("This is the Techniques draft that I said I would do at the face-to-face.")]
    [TestCase("We'll hold off on a customer-wide notice for now.")]
    [TestCase("Tomorrow I will be out all day.")]
    [TestCase("We send the payroll report every Monday.")]
    [TestCase("I send invoices at the end of each month.")]
    [TestCase("I review the budget with finance.")]
    [TestCase("I'll hold back the release until legal replies.")]
    [TestCase("We'll park the pricing question until January.")]
    [TestCase("We will put the migration on hold for now.")]
    [TestCase("We're going to postpone the offsite.")]
    public void NotACommitment(string sentence) =>
        Assert.That(Commitments.IsCommitment(sentence), Is.False, sentence);

    [TestCase("Marketing (Lena) will send the campaign calendar by Nov 12.", "Lena", "send the campaign calendar")]
    [TestCase("Sales (Omar) to share the top-20 account list by Friday.", "Omar", "share the top-20 account list")]
    [TestCase("Amara will issue the purchase order by the 20th.", "Amara", "issue the purchase order")]
    [TestCase("Tom from Legal will review the contract by Friday.", "Tom", "review the contract")]
    public void ANamedOwnerIsKeptByName(string sentence, string name, string what)
    {
        var found = Commitments.Find(sentence, DueDates.FindAll(sentence, Monday));
        Assert.That(found.Any(c => c.Owner == CommitmentOwner.Named && c.Name == name && c.What == what && c.Stance == Stance.Firm), Is.True,
            string.Join(" | ", found));
    }

    [TestCase("Will do.")]
    [TestCase("+1, will do.")]
    [TestCase("Confirmed, thanks Jane.")]
    [TestCase("Yes, we can.")]
    [TestCase("Sure, happy to help!")]
    [TestCase("Consider it done.")]
    public void AShortYesIsAnAcceptance(string sentence) => Assert.That(Commitments.IsAcceptance(sentence), Is.True);

    [TestCase("Sounds like a plan, but I need to check with Raj first.")]
    [TestCase("Yes, I got your message but cannot do it.")]
    public void AYesThatGoesOnIsNotAShortAcceptance(string sentence) => Assert.That(Commitments.IsAcceptance(sentence), Is.False);

    [TestCase("Sorry, I have to pull out.")]
    [TestCase("I can't do it after all.")]
    [TestCase("Count me out for the workshop.")]
    [TestCase("Sorry, can't make Thursday.")]
    [TestCase("Unfortunately I won't be able to attend on the 17th.")]
    [TestCase("One correction from my side: please take me off the 15th.")]
    [TestCase("I'd rather not put a date on it yet.")]
    [TestCase("Sorry, I can't commit to that date.")]
    [TestCase("We cannot give a firm deadline for the export.")]
    public void AWithdrawalIsRecognised(string sentence) => Assert.That(Commitments.IsWithdrawal(sentence), Is.True);

    [TestCase("I'll take the old badges off the system by Friday.")]
    [TestCase("I'll put a date on the invite once the room is booked.")]
    [TestCase("Can you commit to that date?")]
    public void NotAWithdrawal(string sentence) => Assert.That(Commitments.IsWithdrawal(sentence), Is.False);

    [TestCase("Could you confirm by Wednesday whether that is feasible?", "confirm whether that is feasible")]
    [TestCase("Would your team be able to build a nightly feed of support tickets into the warehouse?", "build a nightly feed of support tickets into the warehouse")]
    [TestCase("Could IT provision their laptops before then?", "provision their laptops before then")]
    [TestCase("Please send me the budget code.", "send me the budget code")]
    [TestCase("Raj, can you pull the Q3 churn export by Wednesday?", "pull the Q3 churn export")]
    [TestCase("Send me the deck by Friday.", "send me the deck")]
    [TestCase("I need you to sign the form.", "sign the form")]
    public void ARequestSaysWhatItAsks(string sentence, string what)
    {
        Assert.That(Requests.IsRequest(sentence), Is.True);
        Assert.That(Requests.Find(sentence, DueDates.FindAll(sentence, Monday)).Select(r => r.What), Does.Contain(what));
    }

    [TestCase("I'll send the deck by Friday.")]
    [TestCase("Thanks for the update.")]
    [TestCase("The survey tool renews on Dec 1.")]
    [TestCase("Please find attached the report.")]
    [TestCase("How are you?")]
    public void NotARequest(string sentence) => Assert.That(Requests.IsRequest(sentence), Is.False);
}
