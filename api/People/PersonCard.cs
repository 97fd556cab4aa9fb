namespace CrossDept.People;

/// <summary>What the directory knows about a person: whom to copy (their manager) and how to call them.</summary>
public sealed record PersonCard(string Address, string? Name, string? JobTitle, string? Department, IReadOnlyList<string> Phones,
    PersonRef? Manager, AwayNotice? Away)
{
    /// <summary>
    /// The favour account with them and their department, last quarter (GET /api/people/{address} only; null in a lookup):
    /// e.g. "Last quarter: you delivered 3 to Finance; Finance delivered 1 to you".
    /// </summary>
    public Favours.CardFavours? Favours { get; init; }
}

/// <summary>A name and an address.</summary>
public sealed record PersonRef(string? Name, string Address);

/// <summary>An automatic reply that is on.</summary>
public sealed record AwayNotice(DateTimeOffset? Until, string? Message)
{
    /// <summary>When it is scheduled to end, if it is scheduled.</summary>
    /// <example>2026-11-16T08:00:00Z</example>
    public DateTimeOffset? Until { get; init; } = Until;

    /// <summary>The reply's text, as the person wrote it (HTML).</summary>
    /// <example>I am out of the office until Monday 16 November.</example>
    public string? Message { get; init; } = Message;
}
