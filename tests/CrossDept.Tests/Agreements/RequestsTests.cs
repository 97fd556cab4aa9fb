using CrossDept.Agreements;

namespace CrossDept.Tests.Agreements;

/// <summary>What an owner's sentence does to its reader (contract: only requests ask; thanks, notices, recaps and courtesy lines do not).</summary>
public class RequestsTests
{
    [TestCase("Could you send me the budget code?", Speech.Ask)]
    [TestCase("Kim, what is the budget code for the renewal?", Speech.Ask)]
    [TestCase("On the second tranche: is 20/11 realistic?", Speech.Ask)]
    [TestCase("Quick one on your action point: will the dashboard include Zaria or only Kano?", Speech.Ask)]
    [TestCase("Quick question: does the dock-to-stock figure include the cross-dock pallets?", Speech.Ask)]
    [TestCase("Kim, does the budget include VAT?", Speech.Ask)]
    [TestCase("Does Thursday at 10 work for you?", Speech.Ask)]
    [TestCase("On the invoice: does it go to AP or to you?", Speech.Ask)]
    [TestCase("Who was this passed on to for handling?", Speech.Ask)]
    [TestCase("Does this fall under the freeze, and if yes, what is the process?", Speech.Ask)]
    [TestCase("I was incorrect about Alberta, it should be zero but where is Alberta?", Speech.Ask)]
    [TestCase("Any chance they can be sorted before the carols night, rather than waiting for the January upgrade?", Speech.Ask)]
    [TestCase("Can check with the agent if our containers can be priority discharged?", Speech.Ask)]
    [TestCase("Why did the March invoice bounce?", Speech.Ask)]
    [TestCase("were the lab dips shipped to porto already?", Speech.Ask)]
    [TestCase("Anything we can do on this?", Speech.Ask)]
    [TestCase("Just wondering about your comments to our Enfolio.", Speech.Ask)]
    [TestCase("It may make sense for you to make a copy of the confirmations and send to us here.", Speech.Ask)]
    [TestCase("can we get the final renders by Fri?", Speech.Ask)]
    [TestCase("Anything else is on hold until January.", Speech.Statement)]
    [TestCase("She asked what the process is.", Speech.Statement)]
    [TestCase("Who knew the audit would go this quickly!", Speech.Statement)]
    [TestCase("How was the trip back from Lagos?", Speech.Statement)]
    [TestCase("The figure does include the cross-dock pallets.", Speech.Statement)]
    [TestCase("Which does not change the plan for the 8th.", Speech.Statement)]
    [TestCase("Agenda: how we split the budget, and who signs.", Speech.Statement)]
    [TestCase("Please let me know if you're interested.", Speech.Ask)]
    [TestCase("Let me know if any of that is a problem.", Speech.Ask)]
    [TestCase("If I missed or misstated anything, please shout by Monday.", Speech.Ask)]
    [TestCase("See below from our support lead - could your team take a look at the export timeouts?", Speech.Ask)]
    [TestCase("Yuki - the support ticket export for the last 12 months.", Speech.Ask)]
    [TestCase("If you have any questions, please send them to Raj by Friday.", Speech.Ask)]
    [TestCase("Following up on this - we have two weeks left.", Speech.FollowUp)]
    [TestCase("Gentle nudge on the below.", Speech.FollowUp)]
    [TestCase("Thanks Carlos, that unblocks the build.", Speech.Thanks)]
    [TestCase("Great, thank you both.", Speech.Thanks)]
    [TestCase("thx", Speech.Thanks)]
    [TestCase("FYI, we are scheduled to meet on the 8th.", Speech.Notice)]
    [TestCase("Just a heads-up: the survey tool renews on Dec 1.", Speech.Notice)]
    [TestCase("Helen is copied for visibility.", Speech.Notice)]
    [TestCase("If you have any questions, let me know.", Speech.Courtesy)]
    [TestCase("Let me know if you need anything else.", Speech.Courtesy)]
    [TestCase("Please don't hesitate to reach out.", Speech.Courtesy)]
    [TestCase("Should you have any questions, please contact me at any time.", Speech.Courtesy)]
    [TestCase("Hope this helps!", Speech.Courtesy)]
    [TestCase("Recap of what we agreed:", Speech.Recap)]
    [TestCase("Please find below the action items as discussed:", Speech.Recap)]
    [TestCase("The review is on the 12th.", Speech.Statement)]
    [TestCase("Please find attached the report.", Speech.Statement)]
    [TestCase("The report is available on SharePoint.", Speech.Statement)]
    [TestCase("How are you?", Speech.Statement)]
    public void ASentenceIsReadForWhatItDoesToItsReader(string sentence, Speech kind) =>
        Assert.That(Requests.Classify(sentence), Is.EqualTo(kind));

    [Test]
    public void InsideARecapANamedPointConfirmsButAnExplicitAskStillAsks()
    {
        Assert.That(Requests.AsksAnything(["Recap of what we agreed:", "Sofia: update the budget forecast by Friday", "Me: book the vendor demo for 11/24"]), Is.False);
        Assert.That(Requests.AsksAnything(["Recap of what we agreed:", "Sofia: update the budget forecast by Friday", "Please shout if I missed anything."]), Is.True);
        Assert.That(Requests.AsksAnything(["Sofia: update the budget forecast by Friday"]), Is.True, "outside a recap a named point asks");
    }

    [Test]
    public void AMessageOfThanksNoticesAndCourtesyAsksNothing() =>
        Assert.That(Requests.AsksAnything(["Thanks for the call today.", "FYI, the room is booked for the 8th.", "Let me know if you have any questions."]), Is.False);
}
