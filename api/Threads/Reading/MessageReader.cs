namespace CrossDept.Threads.Reading;

/// <summary>
/// Turns a raw message into what its sender wrote. PLACEHOLDER until the reader lands: no quote stripping yet.
/// </summary>
public static class MessageReader
{
    public static ReadMessage Read(IncomingMessage message)
    {
        var text = (message.Text ?? message.Html ?? "").Trim();
        return new ReadMessage(message, text, null, false, null);
    }
}
