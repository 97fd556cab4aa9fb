namespace CrossDept.Agreements;

/// <summary>
/// The named reading rules: each commitment shape (and each move of the discourse ledger) has an id that
/// <c>analyze --explain</c> reports and a spec file of sentences that must and must not fire it
/// (tests/CrossDept.Tests/Agreements/Specs/&lt;id&gt;.json).
/// </summary>
public static class Rules
{
    /// <summary>"I'll send…", "we can do…", "our team is going to…": the writer or their team, a modal, a verb.</summary>
    public const string SubjectModal = "subject-modal";
    /// <summary>"Marketing (Lena) will send…", "Sam from payroll will run it": a named participant, a modal, a verb.</summary>
    public const string NamedOwner = "named-owner";
    /// <summary>"Sales (Omar) to share the list by Friday": a recap's name before "to".</summary>
    public const string RecapTo = "recap-to";
    /// <summary>"You'll have the numbers by Friday", "you can expect the report Monday", "Expect it Monday".</summary>
    public const string YouWillHave = "you-will-have";
    /// <summary>"The invoice will be issued by Thursday", "the draft will land Monday": a passive promise of the writer's.</summary>
    public const string PassivePromise = "passive-promise";
    /// <summary>"The price list I send you tomorrow": the object put first, a delivering verb, a day.</summary>
    public const string Topicalised = "topicalised-object";
    /// <summary>"On it - badges ready first thing Monday": after a yes, a thing, its state and a day ahead.</summary>
    public const string VerblessAfterYes = "verbless-after-yes";
    /// <summary>"Will send it over tomorrow", "Happy to do that by Thursday", "Can do Thursday at 3": the writer unsaid.</summary>
    public const string Subjectless = "subjectless-promise";
    /// <summary>"and I send you a first draft on Thursday": the simple present with a day ahead.</summary>
    public const string PresentPromise = "present-promise";
    /// <summary>"Omar: share the top-20 list by Friday", "Lena - draft the memo - Fri", "Draft the memo (Lena, by Fri)" in a recap or list.</summary>
    public const string RecapLine = "recap-line";
    /// <summary>"Tuesday at 3 works for me", "count me in for the workshop": the writer accepts a time or signs up.</summary>
    public const string MeetingAcceptance = "meeting-acceptance";
    /// <summary>Minutes' action items, sent by anyone: "Tunde - share the stock count - 16/11", "Figures — Moussa — 13.11", "Draft the memo (Lena, by Fri)", an Action/Who/When table.</summary>
    public const string ActionItem = "action-item";
    /// <summary>"Will do", "+1", "Confirmed 👍", "Yes, by Friday": a short yes owns the request it answers, with its date.</summary>
    public const string ShortAcceptance = "short-acceptance";
    /// <summary>"I've asked Sam in payroll to run it; he'll have it to you by the 9th": Sam owns it when he is a participant.</summary>
    public const string Delegation = "delegation";
    /// <summary>"That's not us — ask Facilities": no agreement; the referral is reported.</summary>
    public const string Referral = "referral";

    /// <summary>Every rule id, for the specs and the explain output.</summary>
    public static readonly IReadOnlyList<string> All =
        [SubjectModal, NamedOwner, RecapTo, YouWillHave, PassivePromise, Topicalised, VerblessAfterYes, Subjectless, PresentPromise, RecapLine, MeetingAcceptance, ActionItem, ShortAcceptance, Delegation, Referral];
}
