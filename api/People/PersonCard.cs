namespace CrossDept.People;

/// <summary>What the directory knows about a person: whom to copy (their manager) and how to call them.</summary>
/// <param name="Address">Their email address. <example>raj.patel@contoso.com</example></param>
/// <param name="Name">Display name. <example>Raj Patel</example></param>
/// <param name="JobTitle">Job title. <example>Data Analyst</example></param>
/// <param name="Department">Department. <example>Finance</example></param>
/// <param name="Phones">Business and mobile phones, business first. <example>["+1 (555) 010-4411"]</example></param>
/// <param name="Manager">Their manager, when the directory has one.</param>
/// <param name="Away">Their automatic reply, when one is on now.</param>
public sealed record PersonCard(string Address, string? Name, string? JobTitle, string? Department, IReadOnlyList<string> Phones,
    PersonRef? Manager, AwayNotice? Away);

/// <summary>A name and an address.</summary>
/// <param name="Name"><example>Maria Garcia</example></param>
/// <param name="Address"><example>maria.garcia@contoso.com</example></param>
public sealed record PersonRef(string? Name, string Address);

/// <summary>An automatic reply that is on.</summary>
/// <param name="Until">When it is scheduled to end, if it is scheduled. <example>2026-11-16T08:00:00Z</example></param>
/// <param name="Message">The reply's text, as the person wrote it (HTML). <example>I am out of the office until Monday 16 November.</example></param>
public sealed record AwayNotice(DateTimeOffset? Until, string? Message);
