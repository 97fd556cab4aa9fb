using CrossDept.Outreach;
using CrossDept.Threads;

namespace CrossDept.Tests.Outreach;

public class ConfirmationComposerTests
{
    const string Me = "jane.doe@contoso.com";
    static readonly Person Jane = new("Jane Doe", Me);
    static readonly Person Raj = new("Raj Patel", "raj.patel@contoso.com");
    static readonly Person Mei = new("Mei Lin", "mei.lin@contoso.com");
    static readonly Person Dan = new("Dan Moore", "dan.moore@contoso.com");
    // Monday 2 November 2026, noon in New York.
    static readonly DateTimeOffset Monday = new(2026, 11, 2, 12, 0, 0, TimeSpan.FromHours(-5));

    static Agreement Agreed(Person owner, string what, DateOnly? due) => new(owner, what, due, null, "<1@test>", what + ".");

    [Test]
    public void ConfirmationIsAddressedToOwnersAndCopiesTheCopied()
    {
        var draft = ConfirmationComposer.Compose("CX dashboard", [Agreed(Raj, "pull the churn export", new(2026, 11, 4)), Agreed(Jane, "share the sheet", new(2026, 11, 9))], [Dan, Raj], Me, Monday);
        Assert.Multiple(() =>
        {
            Assert.That(draft.Subject, Is.EqualTo("Confirming: CX dashboard"));
            Assert.That(draft.To, Is.EqualTo(new[] { Raj.Address }));
            Assert.That(draft.Cc, Is.EqualTo(new[] { Dan.Address }));
            Assert.That(draft.Text, Does.Contain("confirming the following 2 points:"));
            Assert.That(draft.Text, Does.Contain("1. Raj Patel — pull the churn export — by Wednesday 4 November"));
            Assert.That(draft.Text, Does.Contain("2. Me — share the sheet — by Monday 9 November"));
        });
    }

    [Test]
    public void APromiseIsConfirmedWithItsQualifier()
    {
        var refunds = new Agreement(Mei, "send the refund numbers", new(2026, 11, 6), "by Friday", "<3@test>",
            "I'll have the refund numbers to you by Friday, but only for North America - EMEA is still being reconciled.");
        var numbers = new Agreement(Raj, "send the numbers", new(2026, 11, 20), "by the 20th", "<4@test>", "Sure, I'll send the numbers, the EMEA part by the 20th.");
        var plain = Agreed(Dan, "share the deck", null);
        Assert.Multiple(() =>
        {
            Assert.That(ConfirmationComposer.Point(refunds, Me), Is.EqualTo("Mei Lin — send the refund numbers, but only for North America — by Friday 6 November"));
            Assert.That(ConfirmationComposer.Point(numbers, Me), Is.EqualTo("Raj Patel — send the numbers, the EMEA part — by Friday 20 November"));
            Assert.That(ConfirmationComposer.Point(plain, Me), Is.EqualTo("Dan Moore — share the deck — date to be agreed"));
        });
    }

    [Test]
    public void TheConfirmationClosesWithTheSendersName()
    {
        var draft = ConfirmationComposer.Compose("X", [Agreed(Raj, "pull the export", new(2026, 11, 9))], [], Me, Monday, signer: "Jane Doe");
        Assert.That(draft.Text, Does.EndWith("Thanks,\nJane Doe\n"));
        Assert.That(draft.Html, Does.Contain("<p>Thanks,<br>Jane Doe</p>"));
    }

    [Test]
    public void ChangesAreToBeFlaggedABusinessDayBeforeTheFirstDueDate()
    {
        // Earliest due Monday 9th: flag by Friday 6th, not Sunday.
        var draft = ConfirmationComposer.Compose("X", [Agreed(Raj, "pull the export", new(2026, 11, 9)), Agreed(Mei, "send refunds", new(2026, 11, 13))], [], Me, Monday);
        Assert.That(draft.Text, Does.Contain("please flag it by Friday 6 November."));
    }

    [Test]
    public void WithNothingDatedChangesAreFlaggedWithinTwoBusinessDays() =>
        Assert.That(ConfirmationComposer.Compose("X", [Agreed(Raj, "pull the export", null)], [], Me, Monday).Text,
            Does.Contain("date to be agreed").And.Contain("please flag it by Wednesday 4 November."));

    [Test]
    public void MessageTextIsEncodedInTheHtml()
    {
        var draft = ConfirmationComposer.Compose("<b>Q3</b> & co", [Agreed(Raj, "send the <script>alert(1)</script> file", new(2026, 11, 4))], [], Me, Monday);
        Assert.Multiple(() =>
        {
            Assert.That(draft.Html, Does.Not.Contain("<script>"));
            Assert.That(draft.Html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(draft.Text, Does.Contain("send the <script>alert(1)</script> file"), "plain text is plain");
        });
    }

    [Test]
    public void AHugeThreadStaysUnderOutlooksReplyLimitAndSaysWhatWasLeftOut()
    {
        var many = Enumerable.Range(1, 600).Select(i => Agreed(Raj, $"deliver item {i} of the very long inventory list with a long description", new(2026, 11, 20))).ToArray();
        var draft = ConfirmationComposer.Compose("Inventory", many, [], Me, Monday);
        Assert.Multiple(() =>
        {
            Assert.That(System.Text.Encoding.UTF8.GetByteCount(draft.Html), Is.LessThanOrEqualTo(32 * 1024));
            Assert.That(System.Text.Encoding.UTF8.GetByteCount(draft.Text), Is.LessThanOrEqualTo(32 * 1024));
            Assert.That(draft.Text, Does.Contain("more points left out to keep this email within Outlook's size limit"));
            Assert.That(draft.Text, Does.Contain("1. Raj Patel — deliver item 1 of"));
        });
    }
}
