using CrossDept.Language;

namespace CrossDept.Tests.Language;

public class LexiconTests
{
    [Test]
    public void EveryListLoadsWithEntriesAndNoEntryTwice()
    {
        var lists = Lexicon.All().ToArray();
        Assert.That(lists, Is.Not.Empty);
        foreach (var name in lists)
        {
            var parts = name.Split('/');
            var list = Lexicon.Of(parts[1], parts[0]);
            Assert.That(list.Entries, Is.Not.Empty, name);
            Assert.That(list.Entries.GroupBy(e => e, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key),
                Is.Empty, $"{name} lists an entry twice");
        }
    }

    [Test]
    public void EntriesMatchIgnoringCaseAndReasonsAreKept()
    {
        var courtesy = Lexicon.Of("courtesy");
        Assert.That(courtesy.Contains("Hope this helps"), Is.True);
        Assert.That(courtesy.Reasons["hope this helps"], Is.EqualTo("a sign-off"));
    }

    [Test]
    public void PatternPrefersTheLongestEntryAndMatchesAnyWhiteSpace()
    {
        var pattern = new System.Text.RegularExpressions.Regex($@"\b(?:{Lexicon.Of("courtesy").Pattern})\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        Assert.That(pattern.Match("Thanks, and let me know if you have\nany questions.").Value,
            Is.EqualTo("let me know if you have\nany questions"));
    }

    [Test]
    public void AMissingListIsAnErrorThatNamesIt()
    {
        var error = Assert.Throws<ArgumentException>(() => Lexicon.Of("no-such-list"));
        Assert.That(error!.Message, Does.Contain("en/no-such-list"));
    }
}
