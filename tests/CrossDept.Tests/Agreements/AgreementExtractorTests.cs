using CrossDept.Agreements;
using CrossDept.Threads;
using CrossDept.Threads.Reading;

namespace CrossDept.Tests.Agreements;

/// <summary>Conversations written for one rule each, read by the real reader and extracted.</summary>
public class AgreementExtractorTests
{
    static readonly Person Jane = new("Jane Doe", "jane.doe@contoso.com");
    static readonly Person Raj = new("Raj Patel", "raj.patel@contoso.com");
    static readonly Person Amara = new("Amara Okafor", "amara.okafor@contoso.com");
    static readonly Person Kim = new("Kim Nguyen", "kim.nguyen@contoso.com");
    static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-5));

    static IncomingMessage Mail(Person from, Person[] to, int hoursLater, string text, Person[]? cc = null) => new()
    {
        Id = $"<{from.Address}.{hoursLater}@test>",
        From = from,
        To = to,
        Cc = cc ?? [],
        SentAt = Monday.AddHours(hoursLater),
        Subject = "Q3 data",
        Text = text,
    };

    static IReadOnlyList<Agreement> Extract(params IncomingMessage[] messages)
    {
        var read = messages.Select(MessageReader.Read).ToArray();
        return AgreementExtractor.Extract(read, ThreadAnalyzer.Participants(read), Jane.Address);
    }

    [Test]
    public void AnUnansweredRequestIsNoAgreement() =>
        Assert.That(Extract(Mail(Jane, [Raj], 0, "Hi Raj,\n\nCould you send me the Q3 churn export by Friday?\n\nThanks,\nJane")), Is.Empty);

    [Test]
    public void AShortYesTakesOnTheRequestItAnswers()
    {
        var agreements = Extract(
            Mail(Jane, [Raj], 0, "Hi Raj,\n\nCould you send me the Q3 churn export by Friday?\n\nThanks,\nJane"),
            Mail(Raj, [Jane], 2, "Will do.\n\nRaj"));
        Assert.That(agreements, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(agreements[0].Owner.Address, Is.EqualTo(Raj.Address));
            Assert.That(agreements[0].What, Is.EqualTo("send me the Q3 churn export"));
            Assert.That(agreements[0].Due, Is.EqualTo(new DateOnly(2026, 11, 6)));
            Assert.That(agreements[0].SourceMessageId, Is.EqualTo("<raj.patel@contoso.com.2@test>"));
        });
    }

    // Real mail (an announcement on blind copies, "Please quit replying to all" above it, then "OK"): the broadcast is read
    // for nothing, and the yes after it looks past it instead of failing on it.
    [Test]
    public void AShortYesAfterABroadcastIsReadWithoutError()
    {
        var announcement = Mail(Raj, [], 0, "Please quit replying to all.\n\nWe will suspend the retention policy until further notice.");
        Assert.That(Extract(announcement, Mail(Amara, [Raj], 2, "OK")), Is.Empty);
    }

    [TestCase("Energy Committee Members\n\nThe handout is attached. I will send out a separate e-mail on possible dates by Friday.")]
    [TestCase("Dear member,\n\nPer your request, we will send your new password by Friday.")]
    [TestCase("Dear RTO West Stakeholders -\n\nThe draft filing will be posted by Friday. We will notify you when it is on the website.")]
    [TestCase("Hi Raj,\n\nWe will send your new password by Friday. Please do not reply to this message.")]
    public void MailToACrowdPromisesNoOne(string text) =>
        Assert.That(Extract(Mail(Kim, [Jane], 0, text)), Is.Empty);

    [Test]
    public void AGreetingToAllStillPromises() =>
        Assert.That(Extract(Mail(Kim, [Jane, Raj], 0, "Hi all,\n\nI'll send the deck by Friday.\n\nKim")).Select(a => a.What), Is.EqualTo(new[] { "send the deck" }));

    [Test]
    public void AHedgedOfferIsNoAgreement() =>
        Assert.That(Extract(
            Mail(Jane, [Raj], 0, "Could you send me the export by Friday?"),
            Mail(Raj, [Jane], 2, "I might be able to get to it by Friday, no promises.")), Is.Empty);

    [Test]
    public void ADeclineIsNoAgreement() =>
        Assert.That(Extract(
            Mail(Jane, [Raj], 0, "Could you send me the export by Friday?"),
            Mail(Raj, [Jane], 2, "Sorry Jane, I can't take this on this quarter.")), Is.Empty);

    [Test]
    public void AWithdrawnCommitmentIsDropped() =>
        Assert.That(Extract(
            Mail(Raj, [Jane], 0, "I'll run the workshop on Thursday."),
            Mail(Raj, [Jane], 30, "Really sorry, but I have to pull out - something came up.")), Is.Empty);

    [Test]
    public void DisregardingAMessageAboutOneThingWithdrawsOnlyWhatWasSaidAboutIt()
    {
        var agreements = Extract(
            Mail(Raj, [Jane], 0, "For the 2nd Engineer, we will send the CV of our candidate by Thursday. We will book the flights on Friday."),
            Mail(Raj, [Jane], 30, "Kindly disregard my earlier message regarding the 2nd Engineer."));
        Assert.That(agreements.Select(a => a.What), Is.EqualTo(new[] { "book the flights" }));
    }

    [Test]
    public void AnAskToMoveSomeoneElsesDateMovesNoneOfTheWriters()
    {
        var agreements = Extract(
            Mail(Raj, [Jane], 0, "I will submit the shop drawings addressing your comments by Friday."),
            Mail(Raj, [Jane], 30, "Jane, could you kindly issue the MEP comments by Wednesday instead?"));
        Assert.That(agreements.Single().Due, Is.EqualTo(new DateOnly(2026, 11, 6)));
    }

    [Test]
    public void ACancelledMeetingGoesButOtherPromisesStay()
    {
        var agreements = Extract(
            Mail(Raj, [Jane], 0, "I can do Thursday at 10. I'll also send the churn export by Friday."),
            Mail(Raj, [Jane], 20, "Sorry, can't make Thursday after all."));
        Assert.That(agreements.Select(a => a.What), Is.EqualTo(new[] { "send the churn export" }));
    }

    [Test]
    public void AMovedCommitmentKeepsOnlyTheLatestDate()
    {
        var agreements = Extract(
            Mail(Raj, [Jane], 0, "I'll send the churn export by Wednesday."),
            Mail(Raj, [Jane], 30, "Small slip: the churn export will be ready on Friday instead."));
        Assert.That(agreements, Has.Count.EqualTo(1));
        Assert.That(agreements[0].Due, Is.EqualTo(new DateOnly(2026, 11, 6)));
    }

    [TestCase("Change of plan, so the laptops will be imaged by Friday instead.", 6)]
    [TestCase("The room is taken that day - laptops get imaged on Friday instead.", 6)]
    [TestCase("Laptops: moved to Thursday, sorry.", 5)]
    public void APassiveRestatementWithInsteadMovesTheCommitment(string restated, int day)
    {
        var agreements = Extract(
            Mail(Raj, [Jane], 0, "Can do. We'll have the laptops imaged by Wednesday."),
            Mail(Raj, [Jane], 30, restated));
        Assert.That(agreements, Has.Count.EqualTo(1));
        Assert.That(agreements[0].Due, Is.EqualTo(new DateOnly(2026, 11, day)));
    }

    [Test]
    public void InsteadAboutSomethingElseMovesNothing()
    {
        var agreements = Extract(
            Mail(Raj, [Jane], 0, "I'll send the churn export by Wednesday."),
            Mail(Raj, [Jane], 30, "The offsite is on Friday instead."));
        Assert.That(agreements, Has.Count.EqualTo(1));
        Assert.That(agreements[0].Due, Is.EqualTo(new DateOnly(2026, 11, 4)));
    }

    [Test]
    public void TheSameCommitmentRepeatedAppearsOnce() =>
        Assert.That(Extract(
            Mail(Raj, [Jane], 0, "I'll send the churn export by Wednesday."),
            Mail(Jane, [Raj], 2, "Great - so Raj will send the churn export by Wednesday."),
            Mail(Raj, [Jane], 3, "Yes, I'll send the churn export by Wednesday.")), Has.Count.EqualTo(1));

    [Test]
    public void AnUnmetConditionLeavesNoAgreement() =>
        Assert.That(Extract(Mail(Raj, [Jane], 0, "I can send the numbers by Friday if you get me access to the warehouse.")), Is.Empty);

    [Test]
    public void AMetConditionMakesTheAgreement()
    {
        var agreements = Extract(
            Mail(Raj, [Jane], 0, "I can send the numbers by Friday if you get me access to the warehouse."),
            Mail(Jane, [Raj], 2, "Done - you now have access to the warehouse."));
        Assert.That(agreements.Select(a => a.What), Is.EqualTo(new[] { "send the numbers" }));
    }

    [Test]
    public void AYesOpeningTheReplyToAConditionMeetsIt()
    {
        var agreements = Extract(
            Mail(Raj, [Jane], 0, "I can book the crane for Friday 6th, provided your team can have the site cleared by then. Can you confirm?"),
            Mail(Jane, [Raj], 2, "Hi Raj\n\nYes - the site will be cleared by Thursday.\n\nJane"));
        Assert.That(agreements.Where(a => a.Owner == Raj).Select(a => a.What), Is.EqualTo(new[] { "book the crane" }));
    }

    [Test]
    public void AFirmPromiseOnAConditionIsMadeWithItsCondition()
    {
        var agreements = Extract(Mail(Raj, [Jane], 0, "Provided there are no excursions, I'll have the signed CoA over to you by Thursday."));
        Assert.That(agreements.Select(a => (a.What, a.Due)), Is.EqualTo(new[] { ("send the signed CoA", (DateOnly?)new DateOnly(2026, 11, 5)) }));
    }

    [Test]
    public void AYesWithANoInItDoesNotMeetTheCondition() =>
        Assert.That(Extract(
            Mail(Raj, [Jane], 0, "I can book the crane for Friday 6th, provided your team can have the site cleared by then. Can you confirm?"),
            Mail(Jane, [Raj], 2, "Ok, but the site will not be cleared before Monday.")).Where(a => a.Owner == Raj), Is.Empty);

    [Test]
    public void APromiseThatSetsADayAsideMovesTheEarlierOne()
    {
        var agreements = Extract(
            Mail(Raj, [Jane], 0, "I'll circulate the revised monitoring plan by Friday 11/6."),
            Mail(Raj, [Jane], 30, "Given the new section, the draft will reach you on Monday 11/9 rather than Friday 11/6."));
        Assert.That(agreements.Select(a => (a.What, a.Due)), Is.EqualTo(new[] { ("circulate the revised monitoring plan", (DateOnly?)new DateOnly(2026, 11, 9)) }));
    }

    [Test]
    public void ANamedThirdPartyIsResolvedToTheParticipant()
    {
        var agreements = Extract(Mail(Kim, [Jane], 0, "Amara will issue the PO by the 20th.", cc: [Amara]));
        Assert.That(agreements.Single().Owner, Is.EqualTo(Amara));
    }

    [Test]
    public void NameAndIBindsBoth() =>
        Assert.That(Extract(Mail(Kim, [Jane], 0, "Amara and I will draft the budget memo by Friday.", cc: [Amara])).Select(a => a.Owner),
            Is.EquivalentTo(new[] { Amara, Kim }));

    [Test]
    public void ANameNobodyInTheThreadHasIsNotGuessed() =>
        Assert.That(Extract(Mail(Kim, [Jane], 0, "Bartholomew will issue the PO by the 20th.")), Is.Empty);

    [Test]
    public void QuotedHistoryIsNotReadAsNewCommitments()
    {
        var agreements = Extract(Mail(Jane, [Raj], 0,
            "Thanks Raj.\n\nOn Mon, Nov 2, 2026 at 9:00 AM Raj Patel <raj.patel@contoso.com> wrote:\n> I'll send the churn export by Wednesday.\n"));
        Assert.That(agreements, Is.Empty);
    }

    [Test]
    public void AnUndatedPromiseToKeepSomeonePostedIsNoTask() =>
        Assert.That(Extract(Mail(Raj, [Jane], 0, "Thanks Jane. I'll keep you posted.")), Is.Empty);

    [Test]
    public void ADatedPromiseToGetBackIsKept() =>
        Assert.That(Extract(Mail(Raj, [Jane], 0, "I'll get back to you by Friday.")).Single().Due, Is.EqualTo(new DateOnly(2026, 11, 6)));

    [Test]
    public void AStatusPromiseWithWordsOfItsOwnIsKept() =>
        Assert.That(Extract(Mail(Raj, [Jane], 0, "We are still reviewing your request. Will let you know our decision.")).Single().What,
            Does.Contain("decision"));

    static readonly Person Suresh = new("Suresh Nair", "suresh.nair@gulfstar-mep.ae");
    static readonly Person Vijay = new("Vijay Menon", "vijay.menon@gulfstar-mep.ae");
    static readonly Person Khalid = new("Eng. Khalid Rahman", "k.rahman@alnoor-pmc.ae");
    static readonly Person Docs = new("Document Control - Al Noor PMC", "dc@alnoor-pmc.ae");

    const string Minutes = "Please find below the minutes of meeting no. 34.\n\nAction Items:\n\n"
        + "Item\tDescription\tAction By\tTarget Date\tStatus\n"
        + "34.1\tSubmit revised shop drawing for FF pipe supports\tGulfstar MEP\t19-Nov-2026\tOpen\n"
        + "34.3\tReview and return material submittal MS-FF-045\tPMC (Eng. Khalid)\t20-Nov-2026\tOpen\n"
        + "34.4\tArrange joint inspection of the ceiling void\tMain Contractor / PMC\tTBA\tOpen\n"
        + "34.5\tSubmit updated manpower histogram\tGulfstar MEP\t18-Nov-2026\tOpen\n"
        + "33.4\tSleeve survey Level 2 podium\tGulfstar MEP\t12-Nov-2026\tClosed\n\nBest Regards,\nKhalid";

    [Test]
    public void MinutesGiveEachRowToTheParticipantItNamesAndSkipClosedRows()
    {
        var agreements = Extract(Mail(Khalid, [Suresh], 0, Minutes, cc: [Docs, Vijay]));
        Assert.That(agreements.Select(a => (a.Owner.Address, a.Due)), Is.EquivalentTo(new[]
        {
            (Suresh.Address, (DateOnly?)new DateOnly(2026, 11, 19)), // "Gulfstar MEP": the one of them the minutes went to
            (Khalid.Address, (DateOnly?)new DateOnly(2026, 11, 20)), // "PMC (Eng. Khalid)": the person, not the team's mailbox
            (Suresh.Address, (DateOnly?)new DateOnly(2026, 11, 18)),
        }));
    }

    [Test]
    public void AReplyItemByItemMovesTheItemItNamesToTheDayItGives()
    {
        var agreements = Extract(
            Mail(Khalid, [Suresh], 0, Minutes, cc: [Docs, Vijay]),
            Mail(Suresh, [Khalid], 20, "Dear Eng. Khalid,\n\nItem 34.1 - due to the pending RFI we propose to submit the revised shop drawing on 24-Nov-2026 instead of 19-Nov-2026. Kindly confirm.\n\nItem 34.5 - Noted, we will submit on 18-Nov-2026.\n\nRegards,\nSuresh", cc: [Docs, Vijay]));
        Assert.That(agreements.Single(a => a.What.Contains("shop drawing")).Due, Is.EqualTo(new DateOnly(2026, 11, 24)));
        Assert.That(agreements.Count(a => a.What.Contains("histogram")), Is.EqualTo(1));
    }

    [Test]
    public void ItemsNamedInAYesAreTakenOnForTheWritersCrewAndOthersAreNot()
    {
        var pieter = new Person("Pieter van der Merwe", "pieter@bakwenashafts.co.za");
        var sipho = new Person("Sipho Mahlangu", "sipho.m@bakwenashafts.co.za");
        var thandiwe = new Person("Thandiwe Nkosi", "tnkosi@marulaplatinum.co.za");
        var agreements = Extract(
            Mail(thandiwe, [pieter], 0, "Good afternoon Pieter\n\nPlease find below the actions agreed in the meeting.\n\nNo.\tAction\tResponsible\tDue date\n"
                + "1\tSubmit the incident investigation report\tPieter van der Merwe (Bakwena)\t20/11/2026\n"
                + "2\tRevise the baseline HIRA for the headframe\tPieter van der Merwe (Bakwena)\t24/11/2026\n"
                + "3\tToolbox talk on fall arrest to all riggers\tSipho Mahlangu (Bakwena)\t19/11/2026\n"
                + "4\tBook a re-induction slot for the riggers\tThandiwe Nkosi (Marula SHE)\t23/11/2026\n\n"
                + "Kindly acknowledge the actions and confirm the dates by return.\n\nRegards\nThandiwe", cc: [sipho]),
            Mail(pieter, [thandiwe], 14, "Morning Thandiwe\n\nAcknowledged. Items 1 and 3 fine. Item 2 - our consultant is away till Tuesday so the HIRA will only come Wednesday 25/11, sorry.\n\nRegards\nPieter", cc: [sipho]));
        Assert.That(agreements.Select(a => (a.Owner.Address, a.Due)), Is.EquivalentTo(new[]
        {
            (thandiwe.Address, (DateOnly?)new DateOnly(2026, 11, 23)),
            (pieter.Address, (DateOnly?)new DateOnly(2026, 11, 20)),
            (sipho.Address, (DateOnly?)new DateOnly(2026, 11, 19)),
            (pieter.Address, (DateOnly?)new DateOnly(2026, 11, 25)),
        }));
    }

    [Test]
    public void TheMailboxOwnersOwnCommitmentsCount() =>
        Assert.That(Extract(Mail(Jane, [Raj], 0, "I'll book the room for Thursday.")).Single().Owner, Is.EqualTo(Jane));

    [TestCase("As agreed with leadership, we move on the 4th. For that I need:\n- Raj: send the export by Friday\n- Kim: share the budget codes by Wednesday\n\nThanks,\nJane")]
    [TestCase("Next steps for the move. Could you each confirm:\n- Raj: send the export by Friday\n- Kim: share the budget codes by Wednesday\n\nThanks,\nJane")]
    [TestCase("Owners below - please:\n- Raj: send the export by Friday\n- Kim: share the budget codes by Wednesday\n\nThanks,\nJane")]
    public void AListOfAsksFromTheRequesterIsNoAgreementOfThoseNamed(string body) =>
        Assert.That(Extract(Mail(Jane, [Raj, Kim], 0, body)), Is.Empty);

    [Test]
    public void ARecapAssignsNameColonLinesToThosePeople()
    {
        var agreements = Extract(Mail(Jane, [Raj, Kim], 0, "Action items from today:\n- Raj: send the export by Friday\n- Kim: share the budget codes by Wednesday\n\nThanks,\nJane"));
        Assert.That(agreements.Select(a => (a.Owner.Address, a.What)), Is.EqualTo(new[] { (Raj.Address, "send the export"), (Kim.Address, "share the budget codes") }));
    }

    [Test]
    public void AnAcceptanceOfARecapConfirmsWithoutDuplicating()
    {
        var agreements = Extract(
            Mail(Jane, [Raj, Kim], 0, "Recap:\n1. Raj will send the export by Friday.\n2. Kim to share the budget codes by Wednesday."),
            Mail(Raj, [Jane], 2, "Confirmed."),
            Mail(Kim, [Jane], 3, "+1, will do."));
        Assert.That(agreements.Select(a => a.Owner.Address), Is.EqualTo(new[] { Raj.Address, Kim.Address }));
    }

    [TestCase("Me")]
    [TestCase("Myself")]
    [TestCase("I")]
    public void ARecapLineLabelledWithTheWriterIsTheWritersOwn(string label)
    {
        var agreements = Extract(Mail(Raj, [Jane, Kim], 0, $"Next steps:\n- Kim: share the budget codes by Wednesday\n- {label}: reserve the training room for 11/19\n\nRaj"));
        Assert.That(agreements.Select(a => (a.Owner.Address, a.What, a.Due)), Is.EqualTo(new[]
        {
            (Kim.Address, "share the budget codes", (DateOnly?)new DateOnly(2026, 11, 4)),
            (Raj.Address, "reserve the training room", new DateOnly(2026, 11, 19)),
        }));
    }

    [Test]
    public void APurposeClauseInAnAskGivesTheAskerNoAgreement() =>
        Assert.That(Extract(Mail(Jane, [Raj, Kim], 0, "Hi both,\n\nPlease send me your vacation plans for December by the 13th so I can draft the on-call rota.\n\nJane")), Is.Empty);

    [Test]
    public void ALaterDatedItTakesTheTaskItsWriterWasAskedFor()
    {
        // Raj moves the day himself, Jane agrees, Raj commits to "it": the ask says what it is, the new day when.
        var agreements = Extract(
            Mail(Jane, [Raj], 0, "Raj,\n\nCould you check the vendor security questionnaire on Wednesday?\n\nJane"),
            Mail(Raj, [Jane], 2, "Wednesday is packed for me. Could we move it to Friday?"),
            Mail(Jane, [Raj], 3, "Friday is fine, the vendor can wait."),
            Mail(Raj, [Jane], 4, "Thanks. Friday then, I'll do it then."));
        Assert.That(agreements, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(agreements[0].Owner.Address, Is.EqualTo(Raj.Address));
            Assert.That(agreements[0].What, Is.EqualTo("check the vendor security questionnaire"));
            Assert.That(agreements[0].Due, Is.EqualTo(new DateOnly(2026, 11, 6)));
        });
    }

    [Test]
    public void ALaterDatedItTakesTheWritersOwnEarlierCommitment()
    {
        var agreements = Extract(
            Mail(Raj, [Jane], 0, "I'll send the churn export by Wednesday."),
            Mail(Jane, [Raj], 2, "Thanks! Any chance of a day later? Legal is out."),
            Mail(Raj, [Jane], 3, "Sure, Thursday works, you'll have it then."));
        Assert.That(agreements.Select(a => (a.What, a.Due)), Is.EqualTo(new[] { ("send the churn export", (DateOnly?)new DateOnly(2026, 11, 5)) }));
    }

    [Test]
    public void AnUndatedItAfterTheWritersOwnMessageTakesNoOlderAsk() =>
        Assert.That(Extract(
            Mail(Jane, [Raj], 0, "Could you check the vendor security questionnaire?"),
            Mail(Raj, [Jane], 2, "Which version do you mean?"),
            Mail(Jane, [Raj], 3, "The one from October."),
            Mail(Raj, [Jane], 4, "Ok, I'll look at it.")), Is.Empty);

    [Test]
    public void ThenIsTheDayTheAnsweredMessageNamed()
    {
        var agreements = Extract(
            Mail(Jane, [Raj], 0, "Raj,\n\nCould you check the vendor security questionnaire on Wednesday?\n\nJane"),
            Mail(Raj, [Jane], 2, "Wednesday is packed for me. Could we move it?"),
            Mail(Jane, [Raj], 3, "Sure, Friday is fine - the vendor call is only on the 12th."),
            Mail(Raj, [Jane], 4, "Great, I'll do it then."));
        Assert.That(agreements.Select(a => (a.What, a.Due)), Is.EqualTo(new[] { ("check the vendor security questionnaire", (DateOnly?)new DateOnly(2026, 11, 6)) }));
    }

    [Test]
    public void ThenAsNextIsNoDay() =>
        Assert.That(Extract(
            Mail(Jane, [Raj], 0, "Could you check the vendor security questionnaire?"),
            Mail(Raj, [Jane], 2, "Which version, the one from the 2nd?"),
            Mail(Jane, [Raj], 3, "Yes, that one."),
            Mail(Raj, [Jane], 4, "Ok, I'll read it and then reply.")).Select(a => a.Due), Is.EqualTo(new DateOnly?[] { null }));
}
