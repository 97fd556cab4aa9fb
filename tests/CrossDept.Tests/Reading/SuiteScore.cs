using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrossDept.Threads;
using CrossDept.Threads.Reading;

namespace CrossDept.Tests.Reading;

/// <summary>Pass/fail per case of another project's suite, printed with the failing case names.</summary>
public sealed class SuiteScore(string suite)
{
    readonly List<string> _failed = [];
    readonly List<string> _excluded = [];
    int _passed;

    public int Total => _passed + _failed.Count;
    public int Passed => _passed;
    public double Rate => Total == 0 ? 0 : (double)_passed / Total;

    /// <summary>Records a case: every check must hold. A check that throws fails the case, with the reason.</summary>
    public void Case(string name, Func<IEnumerable<(bool Ok, string Why)>> checks)
    {
        try
        {
            var failures = checks().Where(c => !c.Ok).Select(c => c.Why).ToArray();
            if (failures.Length == 0) _passed++;
            else _failed.Add($"{name}: {string.Join("; ", failures)}");
        }
        catch (Exception e)
        {
            _failed.Add($"{name}: threw {e.GetType().Name}: {e.Message}");
        }
    }

    public void Exclude(string name, string reason) => _excluded.Add($"{name}: {reason}");

    public string Report()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{suite}: {_passed}/{Total} passed ({Rate:P1}); {_excluded.Count} excluded");
        foreach (var f in _failed) sb.AppendLine($"  FAIL {f}");
        foreach (var x in _excluded) sb.AppendLine($"  excluded {x}");
        return sb.ToString();
    }

    /// <summary>Asserts the committed floor, printing the score first so a run always shows it.</summary>
    public void AssertFloor(double floor)
    {
        TestContext.Out.WriteLine(Report());
        Assert.That(Rate, Is.GreaterThanOrEqualTo(floor), $"{suite} fell below its committed floor {floor:P1}");
    }
}

/// <summary>What the reader makes of one body: the parts each suite's expectations are mapped onto.</summary>
public sealed record Reading(string Text, string? Signature, string Body, string? Quoted, string? QuotedFrom, string? QuotedDate)
{
    public static Reading Of(string? html, string? text, string? sender = null)
    {
        var split = MessageReader.ReadBody(html, text);
        var signature = Signatures.Find(split.Reply, sender is { Length: > 0 } ? new Person(null, sender.Contains('@') ? sender : sender + "@example.com") : null);
        var read = new ReadMessage(new IncomingMessage { From = new Person(null, "x@example.com"), SentAt = DateTimeOffset.UnixEpoch }, split.Reply, signature, false, null);
        return new Reading(split.Reply, signature, read.Body, split.Quoted, split.QuotedFrom, split.QuotedDate);
    }

    public static Reading OfText(string text) => Of(null, text);
    public static Reading OfHtml(string html) => Of(html, null);
}

public static partial class Compare
{
    /// <summary>Line ends unified, trailing spaces and runs of blank lines dropped, ends trimmed: layout, not content.</summary>
    public static string Norm(string? s) => QuotedHistory.Tidy((s ?? "").Replace("\r\n", "\n").Replace('\r', '\n'));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static string NoSpace(string? s) => Whitespace().Replace(s ?? "", "");

    public static (bool, string) Equal(string? expected, string? actual, string what)
    {
        if (expected is null || actual is null)
            return (expected is null && actual is null, $"{what}: want {Show(expected)} got {Show(actual)}");
        return Same(Norm(expected), Norm(actual), what);
    }

    /// <summary>Equality that reports where the two first differ.</summary>
    public static (bool, string) Same(string want, string got, string what)
    {
        if (want == got)
            return (true, "");
        var at = 0;
        while (at < want.Length && at < got.Length && want[at] == got[at]) at++;
        var from = Math.Max(0, at - 40);
        return (false, $"{what} differs at {at}: want …{Show(want[from..Math.Min(want.Length, at + 80)])} got …{Show(got[from..Math.Min(got.Length, at + 80)])}");
    }

    public static string Show(string? s) => s is null ? "null" : JsonSerializer.Serialize(s.Length > 160 ? s[..160] + "…" : s);

    public static JsonElement Load(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    public static string? Str(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
