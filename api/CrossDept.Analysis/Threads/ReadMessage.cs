namespace CrossDept.Threads;

/// <summary>A message after reading: what the sender wrote, the signature inside it, and whether it was automatic.</summary>
public sealed record ReadMessage(
    IncomingMessage Source,
    string Text,
    string? Signature,
    bool IsAutoReply,
    DateOnly? AwayUntil)
{
    /// <summary>The sender's own words without the signature: what commitments are read from.</summary>
    public string Body => Signature is { Length: > 0 } s && Text.EndsWith(s, StringComparison.Ordinal)
        ? Text[..^s.Length].TrimEnd()
        : Text;
}
