using System.Globalization;
using System.Text.Json;
using CrossDept.Threads.Reading;

namespace CrossDept.Threads;

/// <summary>
/// <c>analyze --me ADDRESS [--now ISO-8601] FOLDER|FILE.eml|FILE.mbox ...</c>: the contract's command line.
/// Prints the analysis JSON and nothing else on standard output; errors are one line on standard error, exit 2.
/// </summary>
public static class AnalyzeCommand
{
    public const string Usage = """
        Usage: CrossDept.Api analyze --me ADDRESS [--now ISO-8601] [--explain] FOLDER|FILE.eml|FILE.mbox ...

        Reads every message given (a folder means all *.eml in it), orders them by their Date header,
        analyses them as one conversation seen by the mailbox owner ADDRESS, and prints the analysis
        JSON (contract/analysis.md) to standard output.

          --me ADDRESS   the mailbox owner: whose requests are tracked
          --now ISO      the moment "waiting" and "away" are judged against (default: now),
                         e.g. 2026-11-12T12:00:00-05:00
          --explain      add "explain": for each agreement the rule that read it and the words
                         it fired on; for each sentence that looked like one, why it was dropped
          -h, --help     this text

        Exit codes: 0 analysed; 2 bad arguments or unreadable mail (one line on standard error).
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? me = null;
        DateTimeOffset? now = null;
        var explain = false;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    stdout.WriteLine(Usage);
                    return 0;
                case "--me":
                    if (++i >= args.Length) return Fail(stderr, "--me needs an email address");
                    me = args[i];
                    break;
                case "--now":
                    if (++i >= args.Length) return Fail(stderr, "--now needs a date and time, e.g. 2026-11-12T12:00:00-05:00");
                    if (!DateTimeOffset.TryParse(args[i], CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
                        return Fail(stderr, $"--now: '{args[i]}' is not an ISO-8601 date and time, e.g. 2026-11-12T12:00:00-05:00");
                    now = parsed;
                    break;
                case "--explain":
                    explain = true;
                    break;
                case var option when option.StartsWith('-') && option.Length > 1:
                    return Fail(stderr, $"unknown option '{option}' (see --help)");
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        if (me is null || !me.Contains('@'))
            return Fail(stderr, me is null ? "--me ADDRESS is required (see --help)" : $"--me: '{me}' is not an email address");
        if (paths.Count == 0)
            return Fail(stderr, "no messages given: name a folder of .eml files, .eml files or an .mbox file (see --help)");

        IReadOnlyList<IncomingMessage> messages;
        try
        {
            messages = MimeSource.Load(paths);
        }
        catch (MailSourceException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (IOException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail(stderr, e.Message);
        }

        var analysis = ThreadAnalyzer.Analyze(new ConversationInput(null, messages), me, now ?? DateTimeOffset.Now, explain);
        stdout.WriteLine(JsonSerializer.Serialize(analysis, AnalysisJson.Options));
        return 0;
    }

    static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"analyze: {message}");
        return 2;
    }
}
