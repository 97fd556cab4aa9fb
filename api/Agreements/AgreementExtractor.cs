using CrossDept.Threads;

namespace CrossDept.Agreements;

/// <summary>Finds commitments in the messages' own words. PLACEHOLDER until extraction lands.</summary>
public static class AgreementExtractor
{
    public static IReadOnlyList<Agreement> Extract(IReadOnlyList<ReadMessage> messages, IReadOnlyList<Person> participants, string me) => [];
}
