using System.Globalization;
using CrossDept.Agreements;
using CrossDept.Outreach;
using CrossDept.Threads.Reading;

namespace CrossDept.Threads;

/// <summary>The pure analysis core: a conversation in, the contract's analysis out. No I/O.</summary>
public static class ThreadAnalyzer
{
    public static ThreadAnalysis Analyze(ConversationInput input, string me, DateTimeOffset now, bool explain = false,
        CancellationToken ct = default) =>
        Analyze(input.Subject, Read(input, ct), me, now, explain, ct);

    /// <summary>
    /// Each message as its sender wrote it, in the order they were sent; a cancelled token (the API's client left) stops
    /// the work at the next message.
    /// </summary>
    public static ReadMessage[] Read(ConversationInput input, CancellationToken ct = default) =>
        input.Messages.OrderBy(m => m.SentAt).Select(m =>
        {
            ct.ThrowIfCancellationRequested();
            return MessageReader.Read(m);
        }).ToArray();

    /// <summary>The analysis of messages already read (drafts reuse the reading instead of repeating it).</summary>
    // explain: also say which rule read each agreement and why each near-miss was dropped (--explain).
    // ct: stops the reading of agreements at the next message (the API's client left).
    public static ThreadAnalysis Analyze(string? topic, IReadOnlyList<ReadMessage> read, string me, DateTimeOffset now, bool explain = false,
        CancellationToken ct = default)
    {
        var participants = Participants(read);
        var subject = topic ?? Subjects.Topic(read.FirstOrDefault(m => !m.IsAutoReply)?.Source.Subject ?? read.FirstOrDefault()?.Source.Subject);
        var ledger = AgreementExtractor.Read(read, participants, me, explain, ct);
        var agreements = ledger.Agreements;
        var referrals = ledger.Referrals;
        var recipients = WithReferrals(Recipients.Track(read, me, now), referrals);
        var copied = Copied(read, agreements, me);
        var draft = ConfirmationComposer.Compose(subject, agreements, copied, me, now);

        return new ThreadAnalysis(
            new ConversationSummary(subject, participants),
            read.Select(m => new MessageView(m.Source.Id, m.Source.From, m.Source.SentAt, m.IsAutoReply, m.AwayUntil, m.Text, m.Signature) { SentAtFrom = m.Source.SentAtFrom, Unread = m.Unread }).ToArray(),
            agreements,
            recipients,
            draft) { Referrals = referrals, Explain = explain ? WithUnread(ledger.Explanations, read) : null };
    }

    /// <summary>A "not read" line for each message longer than the reader reads, after what the ledger explains.</summary>
    static IReadOnlyList<Explanation> WithUnread(IReadOnlyList<Explanation> explanations, IReadOnlyList<ReadMessage> read)
    {
        if (!read.Any(m => m.Unread is not null))
            return explanations;
        var all = explanations.ToList();
        foreach (var m in read)
            if (m.Unread is { } unread)
            {
                var next = m.Text.AsSpan(unread.From).TrimStart();
                var opening = next.Length > 200 ? next[..200].ToString() + "…" : next.ToString();
                all.Add(new Explanation("not read", null, null, string.Create(CultureInfo.InvariantCulture,
                    $"only the first {MessageReader.ReadLimit:N0} characters of a message's own words are read: the {unread.Characters:N0} after them (from character {unread.From:N0}) were not read for agreements or requests"),
                    opening, m.Source.Id, null, null, null));
            }
        return all;
    }

    /// <summary>A recipient whose latest reply referred the ask on carries that referral.</summary>
    static IReadOnlyList<RecipientStatus> WithReferrals(IReadOnlyList<RecipientStatus> recipients, IReadOnlyList<Referral> referrals) =>
        referrals.Count == 0 ? recipients : recipients.Select(r =>
            referrals.LastOrDefault(f => f.From.Is(r.Address)) is { } f && r.LastReplyAt is not null ? r with { Referral = f } : r).ToArray();

    /// <summary>Everyone on the conversation, once each, in the order they first appear, with the first name given for them.</summary>
    public static IReadOnlyList<Person> Participants(IEnumerable<ReadMessage> messages)
    {
        var byAddress = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var m in messages)
            foreach (var p in m.Source.To.Prepend(m.Source.From).Concat(m.Source.Cc))
            {
                if (!byAddress.TryGetValue(p.Address, out var known))
                {
                    byAddress[p.Address] = p;
                    order.Add(p.Address);
                }
                else if (known.Name is null && p.Name is not null)
                {
                    byAddress[p.Address] = known with { Name = p.Name };
                }
            }
        return order.Select(a => byAddress[a]).ToArray();
    }

    /// <summary>People copied on the thread who own nothing in it: they are informed, so the confirmation copies them.</summary>
    static IReadOnlyList<Person> Copied(IEnumerable<ReadMessage> messages, IReadOnlyList<Agreement> agreements, string me)
    {
        var copied = new List<Person>();
        foreach (var p in messages.Where(m => !m.IsAutoReply).SelectMany(m => m.Source.Cc))
            if (!p.Is(me) && !agreements.Any(a => a.Owner.Is(p.Address)) && !copied.Any(c => c.Is(p.Address)))
                copied.Add(p);
        return copied;
    }
}

/// <summary>Subject lines without the reply and forward prefixes that clients stack on them.</summary>
public static class Subjects
{
    static readonly System.Text.RegularExpressions.Regex Prefix = new(
        @"^\s*((re|fw|fwd|aw|wg|sv|vs|tr|rif|antw|odp|automatic reply|auto(matic)?[- ]?reply|out of office)\s*(\[\d+\])?\s*:\s*)+",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static string Topic(string? subject) => Prefix.Replace(subject ?? "", "").Trim();
}
