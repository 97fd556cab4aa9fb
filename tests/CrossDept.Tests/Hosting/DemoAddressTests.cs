using System.Net;
using System.Net.Http.Json;
using CrossDept.Tests.Support;

namespace CrossDept.Tests.Hosting;

/// <summary>The demo mailbox takes the addresses real mail has (t..hodge@, .nelson@, carol.st.@) on every route that writes or looks up people.</summary>
public sealed class DemoAddressTests : DemoMailboxTest
{
    static readonly string[] Odd = ["t..hodge@contoso.com", ".nelson@contoso.com", "carol.st.@contoso.com"];

    [Test]
    public async Task AnEditedConfirmationToOddButRealAddressesIsWrittenWithEveryoneOnIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mailbox/conversations/07-no-answer/confirmation-draft")
        {
            Content = JsonContent.Create(new { subject = "Confirming: numbers", to = Odd, cc = new[] { "raj.patel@contoso.com" }, html = "<p>Confirming.</p>", text = "Confirming." }),
        };
        request.Headers.Add("Idempotency-Key", "demo-odd-0001");

        var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var draft = MimeKit.MimeMessage.Load(Directory.GetFiles(Path.Combine(Output, "drafts"), "*.eml").Single());
        Assert.That(draft.To.Mailboxes.Select(m => m.Address.Replace("\"", "")), Is.EquivalentTo(Odd));
    }

    [Test]
    public async Task ACallAndACardForAnOddAddressAnswerWithoutAServerError()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/calls")
        {
            Content = JsonContent.Create(new { address = "carol.st.@contoso.com", name = "Carol", start = "2026-11-13T15:00:00Z", minutes = 15, subject = "Quick call" }),
        };
        request.Headers.Add("Idempotency-Key", "demo-odd-call-1");

        var call = await Client.SendAsync(request);
        var card = await Client.GetAsync("/api/people/t..hodge@contoso.com");
        var lookup = await Client.PostAsJsonAsync("/api/people/lookup", new { addresses = Odd });

        Assert.That(call.StatusCode, Is.EqualTo(HttpStatusCode.Created), await call.Content.ReadAsStringAsync());
        Assert.That(card.StatusCode, Is.AnyOf(HttpStatusCode.OK, HttpStatusCode.NotFound), await card.Content.ReadAsStringAsync());
        Assert.That(lookup.StatusCode, Is.EqualTo(HttpStatusCode.OK), await lookup.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task AnEditedConfirmationToSomethingThatIsNotAnAddressIs400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mailbox/conversations/07-no-answer/confirmation-draft")
        {
            Content = JsonContent.Create(new { subject = "Confirming", to = new[] { "@" }, html = "<p>x</p>" }),
        };
        request.Headers.Add("Idempotency-Key", "demo-odd-0002");

        var response = await Client.SendAsync(request);

        await Hosting.Api.Problem(response, HttpStatusCode.BadRequest);
    }
}
