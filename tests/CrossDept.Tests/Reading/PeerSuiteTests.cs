using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CrossDept.Tests.Support;
using CrossDept.Threads.Reading;
using static CrossDept.Tests.Reading.Compare;

namespace CrossDept.Tests.Reading;

/// <summary>
/// Other projects' quote and signature suites (../shared/peer-fixtures), read through our reader. Each suite's
/// expectation is mapped onto our output (Text = reply with signature kept, Signature, Body = Text without the
/// signature, Quoted = what was removed, QuotedFrom/QuotedDate = the quoted message's header); each test prints its
/// pass rate and failing cases and holds a committed floor that only ever rises. Fixtures are read in place, never copied.
/// </summary>
[TestFixture]
public sealed class PeerSuiteTests
{
    // Committed floors: raise them when the reader gets better, never lower them.
    // Committed 2026-11-22: talon 120/124, github 22/22, crisp 76/79, quotequail 44/45 (262/270 = 97.0% together).
    // 2026-11-27: talon's 21 whole replies are their own test, read from the .eml (19/21 before: outlook.eml refused for
    // its missing Date, sparrow's link lost with its HTML); the rest of talon is 99/103, as it was.
    const double TalonRepliesFloor = 21.0 / 21;
    const double TalonFloor = 99.0 / 103;
    const double GithubFloor = 22.0 / 22;
    const double CrispFloor = 76.0 / 79;
    const double QuotequailFloor = 44.0 / 45;

    static readonly HtmlParser Html = new();

    static string HtmlToPlain(string html) => Html.ParseDocument(html).Body?.TextContent ?? "";

    /// <summary>
    /// talon's 12 standard replies and 9 HTML replies, the whole messages of its suite. The standard replies are read as
    /// the product reads mail: the .eml through MimeSource and the reader, not only the text/plain part talon's test takes
    /// (outlook.eml has no Date header; sparrow's HTML hides the link its plain part spells out).
    /// </summary>
    [Test]
    public void TalonStandardAndHtmlReplies()
    {
        var root = SharedFolder.Require("peer-fixtures/talon");
        var expected = Load(Path.Combine(root, "expected.json"));
        var score = new SuiteScore("talon standard and HTML replies");

        foreach (var c in expected.GetProperty("standard_replies").GetProperty("cases").EnumerateObject())
            score.Case(c.Name, () =>
            {
                var read = MessageReader.Read(MimeSource.LoadEml(Path.Combine(root, c.Name)));
                return [Equal(c.Value.Str("expected_reply"), read.Text, "text")];
            });

        foreach (var c in expected.GetProperty("html_replies").GetProperty("cases").EnumerateObject())
            score.Case(c.Name, () =>
            {
                var r = Reading.OfHtml(File.ReadAllText(Path.Combine(root, c.Name)));
                var want = c.Value.Str("expected_plain_reply");
                return [(NoSpace(want) == NoSpace(r.Text), $"text: want {Show(want)} got {Show(r.Text)}")];
            });

        score.AssertFloor(TalonRepliesFloor);
    }

    /// <summary>
    /// talon (mailgun). extract_from_plain / extract_from_html = our Text (quotes removed, signature kept);
    /// signature extraction (bruteforce and ML extract) = (our Body, our Signature). HTML expectations are HTML
    /// documents, compared as their text with all whitespace removed, as talon's own tests compare them.
    /// </summary>
    [Test]
    public void TalonSuite()
    {
        var root = SharedFolder.Require("peer-fixtures/talon");
        var expected = Load(Path.Combine(root, "expected.json"));
        var score = new SuiteScore("talon");

        foreach (var c in expected.GetProperty("signature_stripped").GetProperty("cases").EnumerateObject())
            score.Case(c.Name, () =>
            {
                var body = File.ReadAllText(Path.Combine(root, c.Name));
                var r = Reading.Of(null, body, c.Value.Str("sender"));
                var sig = c.Value.Str("expected_signature");
                return [Equal(sig is "" ? null : sig, r.Signature, "signature"), Equal(c.Value.Str("expected_text"), r.Body, "text")];
            });

        foreach (var f in expected.GetProperty("single_file_fixtures").EnumerateObject())
            score.Case(f.Name, () =>
            {
                var content = File.ReadAllText(Path.Combine(root, f.Name));
                if (f.Name.EndsWith(".html", StringComparison.Ordinal))
                {
                    var r = Reading.OfHtml(content);
                    var want = HtmlToPlain(f.Value.Str("expected")!);
                    return [(NoSpace(want) == NoSpace(r.Text), $"text: want {Show(want)} got {Show(r.Text)}")];
                }
                // talon runs its plain extractor on the raw file, MIME headers included: the result must be non-empty and hold no "From".
                var raw = Reading.OfText(content);
                return [(raw.Text.Trim().Length > 0, "empty result"), (!raw.Text.Contains("From", StringComparison.Ordinal), $"'From' left in {Show(raw.Text)}")];
            });

        foreach (var c in expected.GetProperty("inline_cases").GetProperty("cases").EnumerateArray())
        {
            var id = c.Str("id")!;
            if (c.TryGetProperty("requires_patch", out _))
            {
                score.Exclude(id, "talon's test monkey-patches talon itself; not an input/output case");
                continue;
            }
            if (c.Str("test") is "test_dont_parse_quotations_for_forwarded_messages" or "test_gmail_forwarded_msg")
            {
                score.Exclude(id, "talon keeps a forwarded message as the reply; our contract removes forwarded parts (contract/analysis.md)");
                continue;
            }
            var function = c.Str("function");
            var args = c.GetProperty("args");
            var input = args[0].GetString()!;
            var want = c.GetProperty("expected");
            score.Case(id, () => function switch
            {
                "extract_from_plain" => [Equal(want.GetString(), Reading.OfText(input).Text, "text")],
                "extract_from_html" => HtmlCase(input, want.GetString()!),
                "extract_signature" => SignatureCase(input, want, null),
                // talon's ML extract also takes the sender: we pass it as the message's sender.
                "extract" => SignatureCase(input, want, args[1].GetString()),
                "extract[1]" => [Equal(want.GetString(), Reading.Of(null, input, args[1].GetString()).Signature, "signature")],
                _ => [(false, $"unmapped function {function}")],
            });
        }

        score.AssertFloor(TalonFloor);
    }

    static IEnumerable<(bool, string)> HtmlCase(string html, string expectedHtml)
    {
        var r = Reading.OfHtml(html);
        var want = HtmlToPlain(expectedHtml);
        return [(NoSpace(want) == NoSpace(r.Text), $"text: want {Show(want)} got {Show(r.Text)}")];
    }

    static IEnumerable<(bool, string)> SignatureCase(string input, JsonElement want, string? sender)
    {
        var r = Reading.Of(null, input, sender);
        var text = want[0].ValueKind == JsonValueKind.Null ? null : want[0].GetString();
        var signature = want[1].ValueKind == JsonValueKind.Null ? null : want[1].GetString();
        var checks = new List<(bool, string)> { Equal(signature, r.Signature, "signature") };
        // (text, None) from talon means "no signature found, text unchanged"; a null text is not asserted.
        if (text is not null)
            checks.Add(Equal(text, signature is null ? r.Text : r.Body, "text"));
        return checks;
    }

    /// <summary>
    /// github/email_reply_parser. parse_reply (the visible reply, signature hidden) = our Body. Fragment checks map as:
    /// fragment 0 = our Text or Body (a trailing signature is its own fragment there); a hidden fragment later on =
    /// something we removed (Quoted) or set apart (Signature); a visible unquoted fragment later on = still in our Text;
    /// a signature flag on a later fragment = we found a signature; one fragment only = nothing removed.
    /// </summary>
    [Test]
    public void GithubEmailReplyParserSuite()
    {
        var root = SharedFolder.Require("peer-fixtures/email_reply_parser");
        var expected = Load(Path.Combine(root, "expected.json"));
        var score = new SuiteScore("github email_reply_parser");

        foreach (var c in expected.GetProperty("cases").EnumerateArray().Concat(expected.GetProperty("inline_cases").EnumerateArray()))
        {
            var name = $"{c.Str("test")} ({c.Str("fixture") ?? "inline"})";
            var hasChecks = c.TryGetProperty("parse_reply", out _) || c.TryGetProperty("fragments", out _) || c.TryGetProperty("fragment_count", out _);
            if (!hasChecks)
            {
                score.Exclude(name, c.TryGetProperty("performance", out _)
                    ? "a timing expectation: measured by the benchmark, not a unit test (house rule)"
                    : "asserts a property of the Ruby API (consistency, encoding, input unchanged), not of the output");
                continue;
            }
            var input = c.Str("input") ?? File.ReadAllText(Path.Combine(root, c.Str("fixture")!));
            score.Case(name, () => GithubChecks(c, Reading.OfText(input)));
        }

        score.AssertFloor(GithubFloor);
    }

    static IEnumerable<(bool, string)> GithubChecks(JsonElement c, Reading r)
    {
        var checks = new List<(bool, string)>();
        if (c.Str("parse_reply") is { } visible)
            checks.Add(Equal(visible, r.Body, "visible text"));
        bool[]? Flags(string name) => c.TryGetProperty(name, out var f) ? f.EnumerateArray().Select(x => x.GetBoolean()).ToArray() : null;
        var hidden = Flags("hidden");
        var quoted = Flags("quoted");
        var signature = Flags("signature");
        var count = c.TryGetProperty("fragment_count", out var n) ? n.GetInt32() : (int?)null;

        if (count == 1)
            checks.Add((r.Quoted is null && r.Signature is null, $"one fragment, yet we removed {Show(r.Quoted)} / signature {Show(r.Signature)}"));
        if (signature is not null && signature.Skip(1).Any(s => s))
            checks.Add((r.Signature is not null, "a signature fragment, and we found none"));
        if (signature is not null && count is > 1 && !signature.Skip(1).Any(s => s) && hidden is not null && !hidden.Skip(1).Any(h => h))
            checks.Add((r.Signature is null, $"no signature expected, got {Show(r.Signature)}"));

        if (c.TryGetProperty("fragments", out var fragments))
            foreach (var f in fragments.EnumerateArray())
            {
                var index = f.GetProperty("index").GetInt32();
                var kind = f.Str("kind");
                Func<string, bool> matches = kind switch
                {
                    "equals" => s => Norm(s) == Norm(f.Str("value")),
                    "contains" => s => s.Contains(f.Str("value")!, StringComparison.Ordinal),
                    _ => s => Regex.IsMatch(s.Replace("\r\n", "\n"), f.Str("regex")!, RegexOptions.Multiline),
                };
                var what = $"fragment {index} {kind} {Show(f.Str("value") ?? f.Str("regex"))}";
                if (index == 0 && quoted is { Length: > 0 } && quoted[0])
                {
                    // Inline replies: github shows the first quote as context; we remove it.
                    checks.Add((matches(r.Quoted ?? ""), $"{what}: removed {Show(r.Quoted)}"));
                    continue;
                }
                if (index == 0)
                {
                    var laterVisible = hidden is not null && hidden.Skip(1).Any(h => !h);
                    checks.Add(kind == "equals"
                        ? (matches(r.Text) || matches(r.Body) || laterVisible && Norm(r.Text).StartsWith(Norm(f.Str("value")) + "\n", StringComparison.Ordinal), $"{what}: text {Show(r.Text)}")
                        : (matches(r.Text), $"{what}: text {Show(r.Text)}"));
                    continue;
                }
                var isHidden = hidden is not null && index < hidden.Length && hidden[index];
                var isQuoted = quoted is not null && index < quoted.Length && quoted[index];
                var isSignature = signature is not null && index < signature.Length && signature[index];
                if (kind == "equals" && Norm(f.Str("value")).Length == 0)
                    continue; // an empty spacer fragment says nothing about the output
                if (isSignature && kind == "equals")
                    // Consecutive signature fragments there are one signature block here: it must start with this one.
                    checks.Add((r.Signature is not null && Norm(r.Signature).StartsWith(Norm(f.Str("value")), StringComparison.Ordinal), $"{what}: signature {Show(r.Signature)}"));
                else if (isSignature)
                    checks.Add((r.Signature is not null && (matches(r.Signature) || matches(r.Signature.Replace("--\n", "-- \n"))), $"{what}: signature {Show(r.Signature)}"));
                else if (isHidden || isQuoted)
                    checks.Add((matches(r.Quoted ?? "") || matches(r.Signature ?? ""), $"{what}: removed {Show(r.Quoted)}"));
                else if (hidden is not null)
                    checks.Add((matches(r.Text), $"{what}: text {Show(r.Text)}"));
                else
                    checks.Add((matches(r.Quoted ?? "") || matches(r.Signature ?? "") || matches(r.Text), $"{what}: nowhere in {Show(r.Text)} / {Show(r.Quoted)}"));
            }
        return checks;
    }

    /// <summary>
    /// crisp-oss/email-reply-parser. Its 79 test cases, each assertion mapped: fragment 0 (trimmed) = our Text or Body;
    /// getVisibleText / parseReply (signature hidden) = our Body; a regex on fragment 0 = found in our Text (in our Body
    /// when that fragment is asserted not to be a signature); a regex on a later fragment = found in what we removed or
    /// set apart (or, for a visible later fragment, in our Text); "N fragments" with N ≥ 2 = we removed or set apart
    /// something, exactly one = nothing removed; a signature flag on a later fragment = we found a signature;
    /// parseReplied (the quoted part) = our Quoted.
    /// </summary>
    [Test]
    public void CrispEmailReplyParserSuite()
    {
        var root = SharedFolder.Require("peer-fixtures/email-reply-parser");
        var expected = Load(Path.Combine(root, "expected.json"));
        var score = new SuiteScore("crisp email-reply-parser");

        var i = 0;
        foreach (var t in expected.GetProperty("tests").EnumerateArray())
        {
            var name = $"{++i:00} {t.Str("test")}";
            var input = t.Str("input") ?? t.Str("inline_input") ?? (t.Str("fixture") is { } fixture ? File.ReadAllText(Path.Combine(root, fixture)) : null);
            if (input is null && t.TryGetProperty("input_text", out var it)) input = it.GetString();
            score.Case(name, () => input is null ? [(false, "no input found in expected.json")] : CrispChecks(t, Reading.OfText(input)));
        }

        score.AssertFloor(CrispFloor);
    }

    static IEnumerable<(bool, string)> CrispChecks(JsonElement t, Reading r)
    {
        var checks = new List<(bool, string)>();
        var assertions = t.GetProperty("assertions").EnumerateArray().ToArray();
        var firstNotSignature = assertions.Any(a => a.Str("kind") == "fragment_flag" && a.Str("flag") == "signature" && a.GetProperty("index").GetInt32() == 0 && !a.GetProperty("value").GetBoolean());
        foreach (var a in assertions)
        {
            var kind = a.Str("kind");
            var index = a.TryGetProperty("index", out var ix) ? ix.GetInt32() : 0;
            switch (kind)
            {
                case "fragment_trimmed_equals" or "fragment_equals" when index == 0:
                    var want = Norm(a.Str("value"));
                    var text = Norm(r.Text);
                    // Bottom-posting: their first fragment, a quote, then a later visible fragment; our Text is both, in order.
                    var bottomPosted = text.StartsWith(want + "\n", StringComparison.Ordinal) && LaterFragmentStarts(assertions, text[(want.Length + 1)..].TrimStart('\n'));
                    checks.Add(want == Norm(r.Body) || bottomPosted ? (true, "") : Same(want, text, "fragment 0"));
                    break;
                case "visible_text_equals" or "visible_text_trimmed_equals" or "parse_reply_equals":
                    checks.Add(Equal(a.Str("value"), r.Body, "visible text"));
                    break;
                case "fragment_count" or "fragment_count_at_least":
                    var n = a.GetProperty("value").GetInt32();
                    if (n >= 2)
                        checks.Add((r.Quoted is not null || r.Signature is not null, $"{n} fragments expected, we removed nothing from {Show(r.Text)}"));
                    else if (kind == "fragment_count")
                        checks.Add((r.Quoted is null, $"one fragment expected, we removed {Show(r.Quoted)}"));
                    else
                        checks.Add((r.Text.Trim().Length > 0, "we removed everything"));
                    break;
                case "fragment_flag" when a.Str("flag") == "signature":
                    if (index > 0 && a.GetProperty("value").GetBoolean())
                        checks.Add((r.Signature is not null, "a signature fragment expected, we found none"));
                    else if (index == 0 && !a.GetProperty("value").GetBoolean())
                        // crisp's point: the message is not swallowed by a signature. Ours may still set apart a closing
                        // ("Sincerely,\nName"), which crisp does not model; anything longer than a sign-off fails.
                        checks.Add((r.Signature is null || r.Signature.Split('\n').Length <= 3, $"not a signature, yet we set apart {Show(r.Signature)}"));
                    break;
                case "any_fragment_is_signature":
                    checks.Add((r.Signature is not null == a.GetProperty("value").GetBoolean(), $"signature {Show(r.Signature)}"));
                    break;
                case "regex":
                    var options = a.Str("flags")?.Contains('m') == true ? RegexOptions.Multiline : RegexOptions.None;
                    var regex = new Regex(a.Str("regex_js")!, options);
                    var mustMatch = a.GetProperty("must_match").GetBoolean();
                    var target = a.Str("target");
                    string[] where = target switch
                    {
                        "parseReply result" => [r.Body],
                        "parseReplied result" => [r.Quoted ?? ""],
                        _ when index == 0 => [firstNotSignature ? r.Body : r.Text],
                        _ => [TrimStart(r.Quoted), TrimStart(r.Signature), .. Paragraphs(r.Text)],
                    };
                    // A later fragment starts at a line start inside what we removed, so "^" anchors per line there.
                    var later = index > 0 && target == "fragment" ? new Regex(a.Str("regex_js")!, options | RegexOptions.Multiline) : regex;
                    var found = where.Any(s => later.IsMatch(a.Str("applied_to")?.Contains("trim") == true ? s.Trim() : s));
                    checks.Add((found == mustMatch, $"/{a.Str("regex_js")}/ {(mustMatch ? "not found" : "found")} in {target} {index}: {Show(string.Join(" | ", where))}"));
                    break;
                case "parseReplied_non_empty":
                    checks.Add((r.Quoted is { Length: > 0 }, "no quoted part"));
                    break;
            }
        }
        return checks;
    }

    static bool LaterFragmentStarts(JsonElement[] assertions, string rest) =>
        assertions.Any(a => a.Str("kind") == "regex" && a.TryGetProperty("index", out var i) && i.GetInt32() > 0
            && a.Str("regex_js")!.StartsWith('^') && new Regex(a.Str("regex_js")!).IsMatch(rest));

    static string TrimStart(string? s) => (s ?? "").TrimStart();

    /// <summary>A visible fragment below a quote starts a line of our Text after its first (bottom-posting).</summary>
    static IEnumerable<string> Paragraphs(string text) => [string.Join('\n', text.Split('\n').Skip(1))];

    /// <summary>
    /// closeio/quotequail. unwrap: our Text = text_top and text_bottom (what the sender wrote around the quote), our
    /// Quoted/QuotedFrom/QuotedDate = the unwrapped message's text, from and date; unwrap → None = nothing removed.
    /// HTML results (html_top/html) compare as text with all whitespace removed. parse_reply_line: the attribution line's
    /// from and date. quote()/quote_html() are excluded: they split at a line limit for display and keep the attribution in
    /// the top part, which is not a reply reader's output; unwrap covers the same inputs.
    /// </summary>
    [Test]
    public void QuotequailSuite()
    {
        var root = SharedFolder.Require("peer-fixtures/quotequail");
        var expected = Load(Path.Combine(root, "expected.json"));
        var score = new SuiteScore("quotequail");

        foreach (var c in expected.GetProperty("unwrap").EnumerateArray())
            score.Case(c.Str("test")!, () =>
            {
                var input = c.Str("text")!;
                var r = Reading.OfText(input);
                var want = c.GetProperty("expected");
                if (want.ValueKind == JsonValueKind.Null)
                    return [(r.Quoted is null, $"nothing to unwrap, yet we removed {Show(r.Quoted)}"), Equal(input, r.Text, "text")];
                var top = string.Join("\n\n", new[] { want.Str("text_top"), want.Str("text_bottom") }.Where(s => s is not null));
                var checks = new List<(bool, string)> { Equal(top, r.Text, "text_top+text_bottom") };
                checks.Add((r.Quoted is not null && Norm(StripQuotes(r.Quoted)).Contains(Norm(want.Str("text")), StringComparison.Ordinal), $"quoted text {Show(want.Str("text"))} not in {Show(r.Quoted)}"));
                if (want.Str("from") is { } from) checks.Add(Equal(from, r.QuotedFrom, "from"));
                if (want.Str("date") is { } date) checks.Add(Equal(date, r.QuotedDate, "date"));
                return checks;
            });

        foreach (var c in expected.GetProperty("unwrap_html").EnumerateArray())
            score.Case(c.Str("test")!, () =>
            {
                var html = c.Str("html") ?? File.ReadAllText(Path.Combine(root, "tests/files", c.Str("file")!));
                var r = Reading.OfHtml(html);
                var want = c.GetProperty("expected");
                if (want.ValueKind == JsonValueKind.Null)
                    return [(NoSpace(HtmlToPlain(html)) == NoSpace(r.Text), $"nothing to unwrap, got {Show(r.Text)}")];
                var top = want.Str("html_top") is { } t ? HtmlToPlain(t) : "";
                var bottom = want.Str("html_bottom") is { } b ? HtmlToPlain(b) : "";
                return [(NoSpace(top + bottom) == NoSpace(r.Text), $"text: want {Show(top + bottom)} got {Show(r.Text)}")];
            });

        foreach (var c in expected.GetProperty("file_based").EnumerateArray())
            score.Case(c.Str("test")!, () =>
            {
                var html = File.ReadAllText(Path.Combine(root, c.Str("input_file")!));
                var r = Reading.OfHtml(html);
                var checks = new List<(bool, string)>();
                foreach (var check in c.GetProperty("checks").EnumerateArray())
                {
                    JsonElement? whole = check.TryGetProperty("whole_result_equals", out var w) ? w : null;
                    var key = check.Str("key");
                    var topFile = key == "html_top" ? check.Str("equals_file") : null;
                    if (topFile is not null)
                    {
                        var top = HtmlToPlain(File.ReadAllText(Path.Combine(root, topFile)));
                        checks.Add((NoSpace(top) == NoSpace(r.Text), $"html_top: want {Show(top)} got {Show(r.Text)}"));
                    }
                    else if (check.Str("key_absent") == "html_top")
                    {
                        checks.Add((r.Text.Trim().Length == 0, $"nothing above the forward, got {Show(r.Text)}"));
                    }
                    else if (whole is { } result && c.Str("function") == "unwrap_html")
                    {
                        var top = (result.Str("html_top") is { } ht ? HtmlToPlain(ht) : "") + (result.Str("html_bottom") is { } hb ? HtmlToPlain(hb) : "");
                        checks.Add((NoSpace(top) == NoSpace(r.Text), $"html_top: want {Show(top)} got {Show(r.Text)}"));
                    }
                    else if (whole is { } quoted && c.Str("function") == "quote_html")
                    {
                        // [(True, top), (False, quoted)]: the top holds the attribution line; compare from the front.
                        var topHtml = quoted[0][1].GetString()!;
                        var top = NoSpace(HtmlToPlain(topHtml));
                        checks.Add((top.StartsWith(NoSpace(r.Text), StringComparison.Ordinal) && NoSpace(r.Text).Length > 0, $"top: want {Show(top)} got {Show(r.Text)}"));
                    }
                }
                return checks;
            });

        foreach (var c in expected.GetProperty("parse_reply_line").EnumerateArray())
            score.Case(c.Str("test")!, () =>
            {
                var r = Reading.OfText("Reply\n\n" + c.Str("line") + "\n> quoted\n");
                var want = c.GetProperty("expected");
                if (want.ValueKind == JsonValueKind.Null)
                    return [(r.QuotedFrom is null, $"not an attribution, yet read from {Show(r.QuotedFrom)}")];
                return [Equal(want.Str("from"), r.QuotedFrom, "from"), Equal(want.Str("date"), r.QuotedDate, "date")];
            });

        foreach (var name in new[] { "quote", "quote_html", "simple_asserts" })
            foreach (var c in expected.GetProperty(name).EnumerateArray())
                score.Exclude(c.Str("test")!, "quote()/quote_html() split for display at a line limit with the attribution kept on top; not reply extraction");

        score.AssertFloor(QuotequailFloor);
    }

    static string StripQuotes(string s) => string.Join('\n', s.Split('\n').Select(l => Regex.Replace(l, @"^\s*>\s?", "")));
}
