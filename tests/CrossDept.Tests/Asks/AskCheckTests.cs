using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossDept.Asks;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrossDept.Tests.Asks;

public class AskCheckTests
{
    static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-5));

    static IEnumerable<AskIssue> Issues(string body, string? subject = "Q3 churn data") => AskCheck.Check(subject, body, Monday).Findings.Select(f => f.Issue);

    [Test]
    public void ASpecificAskHasNoFindings()
    {
        var result = AskCheck.Check("Q3 churn export for the CX dashboard",
            "Hi Raj, could you send me the Q3 churn export by account, as a spreadsheet with the same columns as last quarter, by Wednesday 4 November? The Q4 review is on the 12th and the dashboard is built from it; it also gives your team the churn view by account. Thanks, Jane", Monday);
        Assert.That(result.Findings, Is.Empty, string.Join("; ", result.Findings));
        Assert.That(result.LooksSpecific, Is.True);
    }

    [Test]
    public void TakeALookIsNoDeliverable() =>
        Assert.That(Issues("Hi Raj, could you take a look at the churn numbers by Friday? The review is on the 12th."), Does.Contain(AskIssue.NoDeliverable));

    [Test]
    public void AsapIsNotADate() =>
        Assert.That(Issues("Could you send me the churn export ASAP?"), Does.Contain(AskIssue.VagueDate));

    [Test]
    public void NoDateIsFound() =>
        Assert.That(Issues("Could you send me the churn export as a spreadsheet? We need it for the dashboard because the review depends on it."), Does.Contain(AskIssue.NoDate));

    [Test]
    public void ADateWithoutAReasonIsFound() =>
        Assert.That(Issues("Could you send me the churn export by Friday?"), Does.Contain(AskIssue.DateWithoutReason));

    [Test]
    public void ADateWithAReasonIsFine() =>
        Assert.That(Issues("Could you send me the churn export by Friday? The review is on the 12th."), Does.Not.Contain(AskIssue.DateWithoutReason));

    [Test]
    public void NoStandardForDoneIsFound() =>
        Assert.That(Issues("Could you prepare something on churn by Friday? The review is on the 12th."), Does.Contain(AskIssue.NoStandardForDone));

    [Test]
    public void ScatteredAsksAreFound() =>
        Assert.That(Issues("Could you send the export by Friday? Also, please check the refunds. And can you book a room for the review? Please confirm the budget too."),
            Does.Contain(AskIssue.ScatteredAsks));

    [Test]
    public void NumberedAsksAreNotScattered() =>
        Assert.That(Issues("Could you help with three things by Friday, because the review is on the 12th?\n1. Send the export.\n2. Check the refunds.\n3. Confirm the budget code."),
            Does.Not.Contain(AskIssue.ScatteredAsks));

    [Test]
    public void AsDiscussedIsMissingContext() =>
        Assert.That(Issues("As discussed, could you send me the numbers by Friday?"), Does.Contain(AskIssue.MissingContext));

    [Test]
    public async Task TheCheckAnswersOverHttpAndReadsHtml()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/asks/check", new { subject = "Churn", html = "<p>Could you take a look <b>ASAP</b>?</p>", now = "2026-11-02T09:00:00-05:00" });
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToString());
        var issues = json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("issue").GetString()).ToArray();
        Assert.That(issues, Does.Contain("noDeliverable").And.Contain("vagueDate"));
        Assert.That(json.GetProperty("findings")[0].GetProperty("suggestion").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task AnEmptyDraftIsAValidationProblem()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/asks/check", new { subject = "x" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
