using System.Text;
using MimeKit;
using MimeKit.Utils;

namespace CrossDept.Threads.Reading;

/// <summary>Loads messages from .eml files, mbox files and folders of .eml files with MimeKit.</summary>
public static class MimeSource
{
    /// <summary>Every message named by the paths: a folder means all *.eml in it.</summary>
    /// <exception cref="MailSourceException">A path is missing, a folder has no .eml, or a file is not a mail message (no From header).</exception>
    public static IReadOnlyList<IncomingMessage> Load(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var messages = new List<IncomingMessage>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*.eml").Order(StringComparer.Ordinal).ToArray();
                if (files.Length == 0)
                    throw new MailSourceException($"{path}: the folder has no .eml files");
                foreach (var file in files)
                    messages.Add(LoadEml(file, cancellationToken));
            }
            else if (File.Exists(path))
            {
                if (path.EndsWith(".mbox", StringComparison.OrdinalIgnoreCase))
                    messages.AddRange(LoadMbox(path, cancellationToken));
                else
                    messages.Add(LoadEml(path, cancellationToken));
            }
            else
            {
                throw new MailSourceException($"{path}: no such file or folder");
            }
        }
        return PlaceUndated(messages);
    }

    public static IncomingMessage LoadEml(string path, CancellationToken cancellationToken = default)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, path, cancellationToken, File.GetLastWriteTimeUtc(path));
    }

    /// <summary>
    /// Parses one MIME message from a stream; <paramref name="origin"/> names it in errors. A message with no date at all
    /// (no readable Date, no Received) is placed at <paramref name="undatedAt"/> (the Unix epoch when not given) and marked
    /// <see cref="DateSource.Position"/>.
    /// </summary>
    public static IncomingMessage Parse(Stream stream, string origin, CancellationToken cancellationToken = default, DateTimeOffset? undatedAt = null)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(Lenient, stream, cancellationToken);
        }
        catch (FormatException e)
        {
            throw new MailSourceException($"{origin}: not a mail message: its headers cannot be read ({e.Message})");
        }
        return ToIncoming(message, origin, undatedAt ?? DateTimeOffset.UnixEpoch);
    }

    public static IReadOnlyList<IncomingMessage> LoadMbox(string path, CancellationToken cancellationToken = default)
    {
        using var stream = File.OpenRead(path);
        var parser = new MimeParser(Lenient, stream, MimeFormat.Mbox);
        var messages = new List<IncomingMessage>();
        var fileTime = new DateTimeOffset(File.GetLastWriteTimeUtc(path));
        try
        {
            while (!parser.IsEndOfStream)
                messages.Add(ToIncoming(parser.ParseMessage(cancellationToken), $"{path} #{messages.Count + 1}", fileTime));
        }
        catch (FormatException e)
        {
            throw new MailSourceException($"{path}: not an mbox file ({e.Message})");
        }
        if (messages.Count == 0)
            throw new MailSourceException($"{path}: the mbox holds no messages");
        return PlaceUndated(messages);
    }

    /// <summary>
    /// Real mail breaks the RFCs (<c>d..steffes@</c>, <c>.nelson@</c>, <c>carol.st.@</c>, unquoted commas in names, local
    /// parts without a domain, parameters with bad quoting): MimeKit's looser modes read what they can as written.
    /// </summary>
    static readonly ParserOptions Lenient = CreateLenient();

    static ParserOptions CreateLenient()
    {
        // windows-125x, ISO-2022 and other legacy charsets are not in .NET by default: without this, mail in them
        // decoded as Latin-1 ("I\u0092ll") unless some other part of the process happened to register them first.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var options = ParserOptions.Default.Clone();
        options.AddressParserComplianceMode = RfcComplianceMode.Looser;
        options.ParameterComplianceMode = RfcComplianceMode.Looser;
        options.Rfc2047ComplianceMode = RfcComplianceMode.Looser;
        options.AllowAddressesWithoutDomain = true;
        options.AllowUnquotedCommasInAddresses = true;
        return options;
    }

    static IncomingMessage ToIncoming(MimeMessage message, string origin, DateTimeOffset undatedAt)
    {
        // MimeKit accepts any text as a message with no headers; a mail message has at least a sender.
        var fromHeader = message.Headers.FirstOrDefault(h => h.Id == HeaderId.From) ?? message.Headers.FirstOrDefault(h => h.Id == HeaderId.Sender)
            ?? throw new MailSourceException($"{origin}: not a mail message: no From header");
        var from = People(fromHeader.Value).FirstOrDefault()
            ?? throw new MailSourceException($"{origin}: the {fromHeader.Field} header '{fromHeader.Value.Trim()}' names no one");
        var (sentAt, dateSource) = SentAt(message, undatedAt);

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in message.Headers)
            headers.TryAdd(header.Field, header.Value);

        return new IncomingMessage
        {
            Id = message.MessageId is { Length: > 0 } id ? $"<{id}>" : null,
            From = from,
            To = People(message, HeaderId.To),
            Cc = People(message, HeaderId.Cc),
            SentAt = sentAt,
            SentAtFrom = dateSource,
            Subject = message.Subject,
            Html = message.HtmlBody,
            Text = message.TextBody,
            Headers = headers,
        };
    }

    /// <summary>
    /// The Date header; without a readable one, the earliest Received header (the first server's stamp, closest to the
    /// sending); without that, <paramref name="undatedAt"/>, marked as placed by position.
    /// </summary>
    static (DateTimeOffset, DateSource) SentAt(MimeMessage message, DateTimeOffset undatedAt)
    {
        foreach (var date in message.Headers.Where(h => h.Id == HeaderId.Date))
            if (DateUtils.TryParse(date.Value, out var parsed))
                return (parsed, DateSource.Header);
        // Received headers are prepended hop by hop: the last one was written first. Its date follows the last ';'.
        foreach (var received in message.Headers.Where(h => h.Id == HeaderId.Received).Reverse())
        {
            var semicolon = received.Value.LastIndexOf(';');
            if (semicolon >= 0 && DateUtils.TryParse(received.Value[(semicolon + 1)..], out var stamped))
                return (stamped, DateSource.Received);
        }
        return (undatedAt, DateSource.Position);
    }

    static Person[] People(MimeMessage message, HeaderId id) =>
        message.Headers.Where(h => h.Id == id).SelectMany(h => People(h.Value)).ToArray();

    /// <summary>
    /// Everyone an address header names. MimeKit reads the list leniently; when even that fails, each entry is read on its
    /// own, and an entry MimeKit still cannot read is kept as written: a person is never dropped for their address's shape.
    /// </summary>
    static IEnumerable<Person> People(string header)
    {
        if (InternetAddressList.TryParse(Lenient, header, out var list))
            return list.Mailboxes.Select(ToPerson);
        var people = new List<Person>();
        foreach (var entry in Entries(header))
            if (InternetAddressList.TryParse(Lenient, entry, out var one) && one.Mailboxes.Any())
                people.AddRange(one.Mailboxes.Select(ToPerson));
            else if (AsWritten(entry) is { } person)
                people.Add(person);
        return people;
    }

    /// <summary>
    /// The comma-separated entries of an address header. Written by hand because it runs only where MimeKit's parser gave
    /// up on the whole list: commas inside quotes or angle brackets do not split, and an entry with neither an "@" nor
    /// angle brackets is a display name broken at an unquoted comma ("Lay, Kenneth &lt;…&gt;"), joined to the next entry.
    /// </summary>
    static List<string> Entries(string header)
    {
        var entries = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var bracketed = false;
        for (var i = 0; i < header.Length; i++)
        {
            var c = header[i];
            if (c == '\\' && quoted && i + 1 < header.Length)
            {
                current.Append(c).Append(header[++i]);
                continue;
            }
            if (c == '"' && !bracketed)
                quoted = !quoted;
            else if (c == '<' && !quoted)
                bracketed = true;
            else if (c == '>' && !quoted)
                bracketed = false;
            else if (c == ',' && !quoted && !bracketed)
            {
                entries.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        entries.Add(current.ToString());

        var joined = new List<string>();
        var pending = "";
        foreach (var entry in entries)
        {
            var text = pending.Length > 0 ? pending + "," + entry : entry;
            if (text.Trim().Length == 0)
                continue;
            if (!text.Contains('@') && !text.Contains('<'))
            {
                pending = text;
                continue;
            }
            joined.Add(text.Trim());
            pending = "";
        }
        if (pending.Trim().Length > 0)
            joined.Add(pending.Trim());
        return joined;
    }

    /// <summary>An entry as written: the address between its last angle brackets (or the whole entry), the name before them.</summary>
    static Person? AsWritten(string entry)
    {
        var open = entry.LastIndexOf('<');
        if (open >= 0 && entry.EndsWith('>'))
        {
            var address = entry[(open + 1)..^1].Trim();
            var name = entry[..open].Trim().Trim('"').Trim();
            return address.Length == 0 ? null : new Person(name.Length == 0 ? null : name, address);
        }
        return entry.Trim() is { Length: > 0 } whole ? new Person(null, whole) : null;
    }

    static Person ToPerson(MailboxAddress mailbox) =>
        new(string.IsNullOrWhiteSpace(mailbox.Name) ? null : mailbox.Name.Trim(), mailbox.Address.Trim());

    /// <summary>
    /// A message with no date anywhere sits where it was found: one minute after the message before it in its folder or
    /// mbox, or before the first dated message after it; alone, it keeps the file's time. It stays marked as placed.
    /// </summary>
    static List<IncomingMessage> PlaceUndated(List<IncomingMessage> messages)
    {
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i].SentAtFrom != DateSource.Position)
                continue;
            if (i > 0)
            {
                messages[i] = messages[i] with { SentAt = messages[i - 1].SentAt.AddMinutes(1) };
                continue;
            }
            var next = messages.FindIndex(i + 1, m => m.SentAtFrom != DateSource.Position);
            if (next > 0)
                messages[i] = messages[i] with { SentAt = messages[next].SentAt.AddMinutes(i - next) };
        }
        return messages;
    }
}

/// <summary>A mail source that cannot be read; the message says which and why, in one line.</summary>
public sealed class MailSourceException(string message) : Exception(message);
