using MimeKit;
using MimeKit.Text;

namespace CrossDept.Tests.Addin;

/// <summary>What the fake Outlook holds (window.__outlook): the mailbox owner and the open item, taken from a real .eml.</summary>
public static class OutlookMailbox
{
    public static readonly object Jane = new { name = "Jane Doe", address = "jane.doe@contoso.com" };

    /// <summary>A received message open in read mode, as Outlook on the web shows it (body as HTML, even for plain-text mail).</summary>
    public static object Reading(string eml, string mailboxVersion = "1.9", bool failBodyOnce = false)
    {
        var message = MimeMessage.Load(eml);
        return new
        {
            me = Jane,
            mode = "read",
            mailboxVersion,
            failBodyOnce,
            item = new
            {
                itemId = "AAMkAD-" + Path.GetFileNameWithoutExtension(eml),
                internetMessageId = $"<{message.MessageId}>",
                conversationId = "AAQkAD-" + new DirectoryInfo(Path.GetDirectoryName(eml)!).Name,
                subject = message.Subject,
                sentAt = message.Date.ToString("o"),
                from = People(message.From).First(),
                to = People(message.To),
                cc = People(message.Cc),
                html = Html(message),
            },
        };
    }

    /// <summary>A new message being written (compose mode).</summary>
    public static object Writing(string subject, string html, params (string Name, string Address)[] to) => new
    {
        me = Jane,
        mode = "compose",
        mailboxVersion = "1.9",
        item = new { subject, html, to = to.Select(p => new { name = p.Name, address = p.Address }).ToArray(), cc = Array.Empty<object>() },
    };

    static object[] People(InternetAddressList list) =>
        list.Mailboxes.Select(m => (object)new { name = m.Name, address = m.Address }).ToArray();

    static string Html(MimeMessage message) =>
        message.HtmlBody ?? new TextToHtml { OutputHtmlFragment = true }.Convert(message.TextBody ?? "");
}
