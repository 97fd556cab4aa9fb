using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrossDept.Tests.Support.FakeGraph;
using static CrossDept.Tests.Hosting.Api;

namespace CrossDept.Tests.Hosting;

/// <summary>Every Graph error is mapped to a ProblemDetails status: none reaches the pane as a 500.</summary>
public sealed class GraphErrorTests : GraphTenantTest
{
    [Test]
    public async Task A400InsideABatchLeavesThatPersonOutInsteadOfFailingTheLookup()
    {
        Tenant.Graph.Inject(new Fault("GET", "^/users/t\\.\\.hodge@contoso\\.com$", FaultKind.BadRequest, Times: 5, InBatch: true));

        var response = await Client.PostAsJsonAsync("/api/people/lookup", new { addresses = new[] { "t..hodge@contoso.com", "tom.becker@contoso.com" } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var people = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["people"]!.AsArray();
        Assert.That(people.Select(p => p!["address"]!.GetValue<string>()), Is.EqualTo(new[] { "tom.becker@contoso.com" }));
    }

    [Test]
    public async Task A400ForOnePersonsCardIs404NotFound()
    {
        Tenant.Graph.Inject(new Fault("GET", "^/users/\\.nelson@contoso\\.com$", FaultKind.BadRequest, Times: 5, InBatch: true));

        var response = await Client.GetAsync("/api/people/.nelson@contoso.com");

        await Problem(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A400ForTheWholeRequestIs422()
    {
        Tenant.Graph.Inject(new Fault("POST", "getSchedule$", FaultKind.BadRequest, Times: 5));

        var response = await Client.PostAsJsonAsync("/api/calls/slots", new { address = "carol.st.@contoso.com", minutes = 15, withinBusinessDays = 3 });

        var problem = await Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("400"));
    }
}
