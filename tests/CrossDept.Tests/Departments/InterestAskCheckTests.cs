using CrossDept.Asks;
using CrossDept.Departments;

namespace CrossDept.Tests.Departments;

/// <summary>The ask check's "their interest, not my request" findings and the point-person routing, on the pure check.</summary>
public class InterestAskCheckTests
{
    static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-5));
    const string Specific = "Hi Tom, could you send me the Q3 churn export by account, as a spreadsheet with the same columns as last quarter, "
        + "by Wednesday 4 November? The Q4 review is on the 12th.";

    static readonly Department SalesWithMarcus = new()
    {
        Name = "Sales", PointPersons = [new PointPerson("Marcus Lee", "marcus.lee@contoso.com")], ResponseHours = 4, Source = DepartmentSource.Tenant,
    };

    static AskCheckResult Check(string body, AskContext? context = null) => AskCheck.Check("Q3 churn export", body, Monday, context);

    [Test]
    public void AnAskWithNoReasonForTheReaderIsFlaggedWithALine()
    {
        var finding = Check(Specific).Findings.Single(f => f.Issue == AskIssue.NoReasonForThem);
        Assert.That(finding.Suggestion, Does.Contain("your team"));
        Assert.That(Check(Specific + " It also saves your team the monthly export.").Findings.Select(f => f.Issue), Does.Not.Contain(AskIssue.NoReasonForThem));
    }

    [Test]
    public void TheSuggestedLineIsBuiltFromWhatTheUserNotedTheyCareAbout()
    {
        var tom = new AskRecipient("tom.becker@contoso.com", "Tom Becker", null, "hitting the Q4 renewal target");
        var finding = Check(Specific, new AskContext([tom], [])).Findings.Single(f => f.Issue == AskIssue.NoReasonForThem);
        Assert.That(finding.Message, Does.Contain("Tom"));
        Assert.That(finding.Suggestion, Does.Contain("\u201CThis should also help your team with hitting the Q4 renewal target.\u201D"));
    }

    [Test]
    public void ALargeAskGetsLegworkAndShrinkSuggestions()
    {
        var large = "Hi Tom, could you send the export by Friday? Also, please check the refunds. And can you book a room for the review? "
            + "Please confirm the budget code too. It helps your team's forecast.";
        var issues = Check(large).Findings.Select(f => f.Issue).ToArray();
        Assert.That(issues, Does.Contain(AskIssue.OfferLegwork).And.Contain(AskIssue.ShrinkAsk));
        var shrink = Check(large).Findings.Single(f => f.Issue == AskIssue.ShrinkAsk);
        Assert.That(shrink.Suggestion, Does.Contain("Can you just confirm").And.Contain("We'll do the rest"));
        var offered = Check(large + " I can draft the room booking and the budget note, so you just confirm them.").Findings.Select(f => f.Issue);
        Assert.That(offered, Does.Not.Contain(AskIssue.OfferLegwork).And.Not.Contain(AskIssue.ShrinkAsk));
    }

    [Test]
    public void ASmallAskGetsNoLegworkOrShrinkSuggestion() =>
        Assert.That(Check(Specific).Findings.Select(f => f.Issue), Does.Not.Contain(AskIssue.OfferLegwork).And.Not.Contain(AskIssue.ShrinkAsk));

    [Test]
    public void AnAskToSomeoneElseInADepartmentSuggestsItsPointPerson()
    {
        var tom = new AskRecipient("tom.becker@contoso.com", "Tom Becker", SalesWithMarcus, null);
        var finding = Check(Specific, new AskContext([tom], [])).Findings.Single(f => f.Issue == AskIssue.PointPerson);
        Assert.That(finding.Message, Is.EqualTo("Tom Becker is in Sales, whose point person for requests is Marcus Lee."));
        Assert.That(finding.Suggestion, Does.Contain("marcus.lee@contoso.com").And.Contain("4 business hours"));
        Assert.That(Check(Specific, new AskContext([tom], ["marcus.lee@contoso.com"])).Findings.Select(f => f.Issue), Does.Not.Contain(AskIssue.PointPerson),
            "the point person is copied");
        var marcus = new AskRecipient("marcus.lee@contoso.com", "Marcus Lee", SalesWithMarcus, null);
        Assert.That(Check(Specific, new AskContext([marcus], [])).Findings.Select(f => f.Issue), Does.Not.Contain(AskIssue.PointPerson));
    }
}
