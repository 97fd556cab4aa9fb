using CrossDept.Threads.Reading;

namespace CrossDept.Threads;

/// <summary>A message after reading: what the sender wrote, the signature inside it, and whether it was automatic.</summary>
public sealed record ReadMessage(
    IncomingMessage Source,
    string Text,
    string? Signature,
    bool IsAutoReply,
    DateOnly? AwayUntil)
{
    /// <summary>
    /// The sender's own words without the signature, up to <see cref="MessageReader.ReadLimit"/> characters: what
    /// commitments and requests are read from. What lies past the limit is <see cref="Unread"/>, and the analysis says so.
    /// </summary>
    public string Body => Cut().Body;

    /// <summary>Where reading stopped in <see cref="Text"/> and how many characters of the sender's words were left unread; null when read whole.</summary>
    public UnreadText? Unread => Cut().Unread;

    // Computed once per Text and Signature (a `with` copy that changes either computes it again): Body was a new
    // substring of the whole text on every call, and the reader asks for it several times per message.
    (string Text, string? Signature, string Body, UnreadText? Unread)? cut;

    (string Body, UnreadText? Unread) Cut()
    {
        if (cut is { } c && ReferenceEquals(c.Text, Text) && ReferenceEquals(c.Signature, Signature))
            return (c.Body, c.Unread);
        // The words past the limit are only counted: a 5 MB text is not copied whole to be cut to 100,000 characters.
        var whole = Signature is { Length: > 0 } s && Text.EndsWith(s, StringComparison.Ordinal) ? Text.AsSpan(0, Text.Length - s.Length).TrimEnd() : Text;
        var (body, unread) = whole.Length == Text.Length ? MessageReader.Limit(Text) : MessageReader.Limit(whole);
        cut = (Text, Signature, body, unread);
        return (body, unread);
    }

    /// <summary>
    /// <see cref="Body"/> split into sentences (<see cref="CrossDept.Agreements.Sentences.Split"/>), once per Body: the
    /// agreement reader and the recipients' "does the owner ask anything" both read them.
    /// </summary>
    public IReadOnlyList<string> Sentences
    {
        get
        {
            var body = Body;
            if (sentences is { } s && ReferenceEquals(s.Body, body))
                return s.Split;
            // One reference written at once: a reader on another thread sees the old pair or the new one, never half.
            var split = new SplitBody(body, CrossDept.Agreements.Sentences.Split(body));
            sentences = split;
            return split.Split;
        }
    }

    sealed record SplitBody(string Body, IReadOnlyList<string> Split);

    SplitBody? sentences;

    // Equal as the five things read, as before the cache: a computed Body does not make two readings differ.
    public bool Equals(ReadMessage? other) =>
        other is not null && Source == other.Source && Text == other.Text && Signature == other.Signature
        && IsAutoReply == other.IsAutoReply && AwayUntil == other.AwayUntil;

    public override int GetHashCode() => HashCode.Combine(Source, Text, Signature, IsAutoReply, AwayUntil);
}

/// <summary>
/// The part of a message's own words the reader did not read (<see cref="MessageReader.ReadLimit"/>): from
/// <paramref name="From"/> in the message's text, <paramref name="Characters"/> characters of the sender's words.
/// </summary>
public sealed record UnreadText(int From, int Characters);
