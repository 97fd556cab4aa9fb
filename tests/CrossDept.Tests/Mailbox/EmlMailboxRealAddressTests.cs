using CrossDept.Auth;
using CrossDept.Mailbox;
using CrossDept.Threads;

namespace CrossDept.Tests.Mailbox;

/// <summary>The demo mailbox reads its .eml as real mail is written: unusual addresses and a missing Date lose no one.</summary>
[TestFixture]
public sealed class EmlMailboxRealAddressTests
{
    string _root = "";

    [SetUp]
    public void CreateFolders()
    {
        _root = Directory.CreateTempSubdirectory("crossdept-eml-").FullName;
        var conversation = Directory.CreateDirectory(Path.Combine(_root, "samples", "gas-desk")).FullName;
        File.WriteAllText(Path.Combine(conversation, "1.eml"), """
            From: Jane Doe <jane.doe@contoso.com>
            To: t..hodge@enron.com, legal <.taylor@enron.com>
            Cc: carol.st.@enron.com
            Subject: Curves
            Date: Mon, 14 May 2001 09:00:00 -0700
            Message-ID: <1@contoso.com>

            Could you send me the curves by Friday?
            """.ReplaceLineEndings("\r\n"));
        File.WriteAllText(Path.Combine(conversation, "2.eml"), """
            From: t..hodge@enron.com
            To: Jane Doe <jane.doe@contoso.com>
            Cc: carol.st.@enron.com
            Subject: RE: Curves
            Message-ID: <2@enron.com>

            Will do - I'll send the curves by Friday.
            """.ReplaceLineEndings("\r\n"));
    }

    [TearDown]
    public void DeleteFolders() => Directory.Delete(_root, recursive: true);

    EmlMailbox Mailbox() => new(Path.Combine(_root, "samples"), Path.Combine(_root, "out"), TimeProvider.System, TimeZoneInfo.Utc);

    [Test]
    public async Task ConversationWithUnusualAddressesAndNoDateIsListedAndReadWithEveryone()
    {
        var mailbox = Mailbox();
        var listing = (await mailbox.ConversationsAsync(CancellationToken.None)).Single();
        var conversation = (await mailbox.ConversationAsync("gas-desk", CancellationToken.None))!;
        var people = conversation.Messages.SelectMany(m => m.To.Prepend(m.From).Concat(m.Cc)).Select(p => p.Address).Distinct().Order();
        Assert.Multiple(() =>
        {
            Assert.That(listing.MessageCount, Is.EqualTo(2));
            Assert.That(people, Is.EqualTo(new[] { ".taylor@enron.com", "carol.st.@enron.com", "jane.doe@contoso.com", "t..hodge@enron.com" }));
            Assert.That(conversation.Messages[1].SentAtFrom, Is.EqualTo(DateSource.Position));
            Assert.That(conversation.Messages[1].SentAt, Is.GreaterThan(conversation.Messages[0].SentAt));
        });
    }

    [Test]
    public async Task ReplyAllDraftKeepsUnusualAddressesWithTheirLocalPartQuoted()
    {
        var mailbox = Mailbox();
        var draft = new ConfirmationDraft("Confirming: Curves", ["t..hodge@enron.com", ".taylor@enron.com"], ["carol.st.@enron.com"], "<p>Confirming</p>", "Confirming");
        Assert.That(await mailbox.CreateReplyAllDraftAsync("gas-desk", draft, "key-1", CancellationToken.None), Is.Not.Null);
        var written = File.ReadAllText(Directory.GetFiles(Path.Combine(_root, "out", "drafts"), "*.eml").Single());
        Assert.Multiple(() =>
        {
            // RFC 5322 allows these local parts only quoted: quoted, every person stays on the draft and the file is valid mail.
            Assert.That(written, Does.Contain("To: \"t..hodge\"@enron.com, \".taylor\"@enron.com"));
            Assert.That(written, Does.Contain("Cc: \"carol.st.\"@enron.com"));
            Assert.That(written, Does.Contain("From: Jane Doe <" + DemoMailbox.Address + ">"));
        });
    }
}
