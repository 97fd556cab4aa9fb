using MimeKit;

namespace CrossDept.Threads.Reading;

/// <summary>Loads messages from .eml files, mbox files and folders of .eml files with MimeKit.</summary>
public static class MimeSource
{
    /// <summary>Every message named by the paths: a folder means all *.eml in it.</summary>
    /// <exception cref="MailSourceException">A path is missing, a folder has no .eml, or a file is not MIME.</exception>
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
        return messages;
    }

    public static IncomingMessage LoadEml(string path, CancellationToken cancellationToken = default)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, path, cancellationToken);
    }

    /// <summary>Parses one MIME message from a stream; <paramref name="origin"/> names it in errors.</summary>
    public static IncomingMessage Parse(Stream stream, string origin, CancellationToken cancellationToken = default)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(stream, cancellationToken);
        }
        catch (FormatException e)
        {
            throw new MailSourceException($"{origin}: not a MIME message ({e.Message})");
        }
        return ToIncoming(message, origin);
    }

    public static IReadOnlyList<IncomingMessage> LoadMbox(string path, CancellationToken cancellationToken = default)
    {
        using var stream = File.OpenRead(path);
        var parser = new MimeParser(stream, MimeFormat.Mbox);
        var messages = new List<IncomingMessage>();
        try
        {
            while (!parser.IsEndOfStream)
                messages.Add(ToIncoming(parser.ParseMessage(cancellationToken), $"{path} #{messages.Count + 1}"));
        }
        catch (FormatException e)
        {
            throw new MailSourceException($"{path}: not an mbox file ({e.Message})");
        }
        if (messages.Count == 0)
            throw new MailSourceException($"{path}: the mbox holds no messages");
        return messages;
    }

    static IncomingMessage ToIncoming(MimeMessage message, string origin)
    {
        // MimeKit accepts any text as a message with no headers; a mail message has at least a sender and a date.
        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        if (from is null || !message.Headers.Contains(HeaderId.Date))
            throw new MailSourceException($"{origin}: not a MIME message (no From or Date header)");
        // MimeKit leaves an unreadable Date at DateTimeOffset.MinValue: ordering and "waiting" would silently go wrong.
        if (message.Date == DateTimeOffset.MinValue)
            throw new MailSourceException($"{origin}: the Date header '{message.Headers[HeaderId.Date]}' is not a date");

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in message.Headers)
            headers.TryAdd(header.Field, header.Value);

        return new IncomingMessage
        {
            Id = message.MessageId is { Length: > 0 } id ? $"<{id}>" : null,
            From = ToPerson(from),
            To = message.To.Mailboxes.Select(ToPerson).ToArray(),
            Cc = message.Cc.Mailboxes.Select(ToPerson).ToArray(),
            SentAt = message.Date,
            Subject = message.Subject,
            Html = message.HtmlBody,
            Text = message.TextBody,
            Headers = headers,
        };
    }

    static Person ToPerson(MailboxAddress mailbox) =>
        new(string.IsNullOrWhiteSpace(mailbox.Name) ? null : mailbox.Name.Trim(), mailbox.Address.Trim());
}

/// <summary>A mail source that cannot be read; the message says which and why, in one line.</summary>
public sealed class MailSourceException(string message) : Exception(message);
