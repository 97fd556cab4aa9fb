using System.Globalization;
using CrossDept.Threads.Reading;

namespace CrossDept.Threads;

/// <summary>
/// <c>audit-sample [--seed N] [--count N] FOLDER ...</c>: a reproducible sample of the agreements the reader extracts from
/// real mail, as a TSV for a person to mark each one a real commitment or not (precision only: the mail is not annotated).
/// </summary>
public static class AuditSampleCommand
{
    public const string Usage = """
        Usage: CrossDept.Api audit-sample [--seed N] [--count N] FOLDER ...

        Reads every *.eml under each FOLDER (sub-folders too, e.g. ../shared/real-mail/enron), analyses each message as
        a conversation of its own seen by the first person it was sent to, and prints a seeded random sample of the
        agreements found as TSV on standard output: file, owner, what, due, quote, and an empty verdict column to fill
        (a real commitment or not, and why: quoted text, signature, newsletter, hedge, third party…).
        The same seed and the same mail give the same sample.

          --seed N    the random seed (default 1)
          --count N   how many agreements to sample (default 100; fewer when fewer were found)
          -h, --help  this text

        Exit codes: 0 sampled; 2 bad arguments or unreadable mail (one line on standard error).
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var seed = 1;
        var count = 100;
        var folders = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    stdout.WriteLine(Usage);
                    return 0;
                case "--seed" or "--count":
                    var option = args[i];
                    if (++i >= args.Length || !int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || option == "--count" && value == 0)
                        return Fail(stderr, $"{option} needs a whole number{(option == "--count" ? " above 0" : "")}");
                    if (option == "--seed") seed = value; else count = value;
                    break;
                case var unknown when unknown.StartsWith('-') && unknown.Length > 1:
                    return Fail(stderr, $"unknown option '{unknown}' (see --help)");
                default:
                    folders.Add(args[i]);
                    break;
            }
        }
        if (folders.Count == 0)
            return Fail(stderr, "no folder given (see --help)");

        var files = new List<(string Root, string File)>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
                return Fail(stderr, $"{folder}: no such folder");
            files.AddRange(Directory.GetFiles(folder, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (folder, f)));
        }
        if (files.Count == 0)
            return Fail(stderr, $"no .eml files under {string.Join(", ", folders)}");

        // Read in parallel, kept in file order so the sample depends on the seed and the mail only.
        var found = new List<Agreement>[files.Count];
        try
        {
            Parallel.For(0, files.Count, i =>
            {
                var message = MimeSource.LoadEml(files[i].File);
                var me = message.To.FirstOrDefault()?.Address ?? message.From.Address;
                found[i] = [.. ThreadAnalyzer.Analyze(new ConversationInput(null, [message]), me, message.SentAt.AddDays(3)).Agreements];
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is MailSourceException or IOException))
        {
            return Fail(stderr, e.InnerExceptions[0].Message);
        }

        var all = files.SelectMany((f, i) => found[i].Select(a => (File: Path.GetRelativePath(f.Root, f.File), Agreement: a))).ToArray();
        // A partial Fisher–Yates shuffle: the first `count` places are the sample. Random(seed) is stable across runs.
        var random = new Random(seed);
        var take = Math.Min(count, all.Length);
        for (var i = 0; i < take; i++)
        {
            var j = random.Next(i, all.Length);
            (all[i], all[j]) = (all[j], all[i]);
        }

        stdout.WriteLine("file\towner\twhat\tdue\tquote\tverdict");
        foreach (var (file, a) in all.Take(take).OrderBy(s => s.File, StringComparer.Ordinal))
            stdout.WriteLine(string.Join('\t', Cell(file), Cell(a.Owner.Name is { } name ? $"{name} <{a.Owner.Address}>" : a.Owner.Address),
                Cell(a.What), a.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Cell(a.Quote), ""));
        stderr.WriteLine($"audit-sample: {all.Length} agreements in {files.Count} messages; {take} sampled with seed {seed}");
        return 0;
    }

    /// <summary>One TSV cell: tabs and line breaks inside a quote become spaces.</summary>
    static string Cell(string value) => string.Join(' ', value.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"audit-sample: {message}");
        return 2;
    }
}
