namespace CrossDept.Threads;

/// <summary>A person on a message: display name (may be empty) and email address.</summary>
public sealed record Person(string? Name, string Address)
{
    public bool Is(string address) => string.Equals(Address, address, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// One message as it arrives: parsed from MIME, read from Graph, or built by the task pane from Office.js.
/// Bodies are raw: quote and signature stripping happen in the reader.
/// </summary>
public sealed record IncomingMessage
{
    /// <summary>Internet Message-ID (or Outlook item id when that is all the pane has).</summary>
    public string? Id { get; init; }
    public required Person From { get; init; }
    public IReadOnlyList<Person> To { get; init; } = [];
    public IReadOnlyList<Person> Cc { get; init; } = [];
    public required DateTimeOffset SentAt { get; init; }
    /// <summary>Where <see cref="SentAt"/> came from: the Date header, else the Received headers, else the message's place among its neighbours.</summary>
    public DateSource SentAtFrom { get; init; } = DateSource.Header;
    public string? Subject { get; init; }
    /// <summary>HTML body, when the message has one.</summary>
    public string? Html { get; init; }
    /// <summary>Plain-text body, when the message has one.</summary>
    public string? Text { get; init; }
    /// <summary>Internet headers when known (Auto-Submitted, X-Auto-Response-Suppress, …); names compare case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>How a message's date was known: real mail without a Date header is still read, and says so.</summary>
public enum DateSource
{
    /// <summary>The Date header (or the client's own sent time); <c>date</c> in the analysis JSON.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("date")]
    Header,
    /// <summary>The earliest Received header: when the first server took the message.</summary>
    Received,
    /// <summary>No date anywhere: placed just after the message before it in its folder or mbox (or at the file's time when alone).</summary>
    Position,
}

/// <summary>A conversation to analyse: its messages in any order.</summary>
public sealed record ConversationInput(string? Subject, IReadOnlyList<IncomingMessage> Messages);
