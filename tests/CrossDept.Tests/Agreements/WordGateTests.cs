using CrossDept.Agreements;

namespace CrossDept.Tests.Agreements;

/// <summary>A gate may only close when the pattern behind it cannot match: these are the edges where a word could slip by.</summary>
public class WordGateTests
{
    static readonly WordGate Negatives = new WordGate.Builder().KeyWords(1, "modals-negative").Prefix(2, "date").Build();

    [TestCase("I can't make Tuesday after all")]
    [TestCase("Sorry, CANNOT make it")]
    [TestCase("I'll not be there")]
    [TestCase("we're unable to join")]
    [TestCase("x'can't: an apostrophe before the word still leaves it whole")]
    public void AGateOpensForTheKeyWordOfAnEntry(string sentence) =>
        Assert.That(Negatives.Scan(sentence) & 1, Is.EqualTo(1));

    [TestCase("We are sending the report by Friday.")]
    [TestCase("The candidate's numbers are in.")]
    public void AGateStaysClosedWithoutTheKeyWords(string sentence) =>
        Assert.That(Negatives.Scan(sentence), Is.Zero);

    [Test]
    public void APrefixOpensForAWordThatStartsWithIt() =>
        Assert.That(Negatives.Scan("set the dates now") & 2, Is.EqualTo(2));

    [TestCase("Café: we can\u212A make it")] // the Kelvin sign, which a case-insensitive pattern reads as k
    [TestCase("\u017Fo I cannot")]
    public void TextWithANonAsciiCharacterOpensEveryGate(string sentence) =>
        Assert.That(Negatives.Scan(sentence), Is.EqualTo(WordGate.Open));
}
