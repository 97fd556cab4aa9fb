using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrossDept.Tests.Support;

namespace CrossDept.Tests.Departments;

/// <summary>In demo mode: the call's talking points and the reminder open with what the user noted the person cares about.</summary>
public sealed class InterestDraftsTests : DemoMailboxTest
{
    const string Note = "getting the Q4 territory plan signed off";

    [Test]
    public async Task TheCallNotesAndTheReminderOpenWithWhatThePersonCaresAbout()
    {
        (await Client.PutAsJsonAsync("/api/interests/noah.kim@contoso.com", new { note = Note })).EnsureSuccessStatusCode();

        var notes = JsonNode.Parse(await (await Client.PostAsJsonAsync("/api/mailbox/conversations/02-twelve-peers/drafts/call-notes",
            new { person = "noah.kim@contoso.com" })).Content.ReadAsStringAsync())!;
        var firstPoint = notes["text"]!.GetValue<string>().Split('\n').First(l => l.StartsWith("- ", StringComparison.Ordinal));
        Assert.That(firstPoint, Is.EqualTo($"- What Noah cares about: {Note}. Open with it, and say how Your input on how we engage clients (CRM project) helps with it."));

        var reminder = await Client.PostAsJsonAsync("/api/mailbox/conversations/02-twelve-peers/drafts/reminder", new { person = "noah.kim@contoso.com" });
        var text = JsonNode.Parse(await reminder.Content.ReadAsStringAsync())!["text"]!.GetValue<string>();
        Assert.That(text.Split("\n\n")[1], Is.EqualTo($"I know {Note} matters to you, and this helps with it."), text);
    }

    [Test]
    public async Task WithoutANoteTheDraftsAreAsBefore()
    {
        var reminder = await Client.PostAsJsonAsync("/api/mailbox/conversations/02-twelve-peers/drafts/reminder", new { person = "noah.kim@contoso.com" });
        Assert.That(JsonNode.Parse(await reminder.Content.ReadAsStringAsync())!["text"]!.GetValue<string>(), Does.Not.Contain("matters to you, and this helps"));
    }
}
