using CrossDept.Threads;

namespace CrossDept.Outreach;

/// <summary>Closes the loop once an agreement is delivered: thanks the helper and tells their manager, copied.</summary>
public static class ThankYouComposer
{
    public static Draft Compose(string topic, Agreement done, Person? manager, string? signer = null)
    {
        var helper = done.Owner;
        var first = DraftWriter.FirstName(helper);
        var writer = new DraftWriter().Paragraph($"Hi {first},")
            .Paragraph($"Thank you for taking care of this: {DraftWriter.Shorten(done.What, 300)}. It made a real difference to {topic}.");
        if (manager is not null)
            writer.Paragraph($"{DraftWriter.FirstName(manager)}, I'm copying you so you know how much {first}'s help mattered here.");
        writer.Paragraph("If I can ever return the favour, just let me know.")
            .Closing("Thanks again,", signer);
        return writer.Build("Thank you: " + topic, [helper.Address], manager is null ? [] : [manager.Address]);
    }
}
