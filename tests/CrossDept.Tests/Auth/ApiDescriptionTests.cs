using System.Text.Json.Nodes;
using CrossDept.Tests.Support;

namespace CrossDept.Tests.Auth;

public class ApiDescriptionTests
{
    [Test]
    public async Task Microsoft365EndpointsAreInSwaggerWithExamples()
    {
        using var api = new ApiFactory();
        using var client = api.CreateClient();
        var swagger = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var paths = swagger["paths"]!.AsObject().Select(p => p.Key).ToArray();

        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/api/me", "/api/mailbox/conversations", "/api/mailbox/conversations/{id}/analysis",
            "/api/mailbox/conversations/{id}/confirmation-draft", "/api/people/{address}", "/api/people/lookup", "/api/calls/slots", "/api/calls",
        }));
        var schemas = swagger["components"]!["schemas"]!;
        Assert.That(schemas["CallSlotsRequest"]!["properties"]!["address"]!["example"]!.GetValue<string>(), Is.EqualTo("raj.patel@contoso.com"));
        Assert.That(schemas["Me"]!["properties"]!["address"]!["example"]!.GetValue<string>(), Is.EqualTo("jane.doe@contoso.com"));
    }
}
