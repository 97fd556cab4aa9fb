using CrossDept.Threads;
using CrossDept.Tracking;

namespace CrossDept.Departments;

/// <summary>
/// The departments as one user sees them: the directory's departments, the tenant's settings (an admin's, shared), and
/// the user's own, which override the tenant's for them alone. Also reads the directory into storage when asked or never read.
/// </summary>
public sealed class DepartmentBook(DepartmentStore store, TimeProvider clock)
{
    public async Task<DepartmentList> ListAsync(Owner owner, bool canShare, CancellationToken ct)
    {
        var settings = await store.SettingsAsync(owner, ct);
        var (directory, readAt) = await store.DirectoryAsync(owner.TenantId, ct);
        var people = directory.GroupBy(d => DepartmentStore.Key(d.Department)).ToDictionary(g => g.Key, g => (Name: g.First().Department, People: g.Sum(d => d.People)));
        var keys = people.Keys.Concat(settings.Select(s => DepartmentStore.Key(s.Name))).Distinct().Order(StringComparer.Ordinal);
        var list = keys.Select(key =>
        {
            var tenant = settings.FirstOrDefault(s => s.IsTenant && DepartmentStore.Key(s.Name) == key);
            var mine = settings.FirstOrDefault(s => !s.IsTenant && DepartmentStore.Key(s.Name) == key);
            var count = people.TryGetValue(key, out var p) ? p.People : 0;
            var tenantView = tenant is null ? null : View(tenant, DepartmentSource.Tenant, count);
            if (mine is not null)
                return View(mine, DepartmentSource.Mine, count) with { Tenant = tenantView };
            return tenantView ?? new Department { Name = p.Name, PointPersons = [], Source = DepartmentSource.Directory, People = count };
        }).OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ToArray();
        return new DepartmentList(list, canShare, readAt);
    }

    static Department View(DepartmentSetting s, DepartmentSource source, int people) => new()
    {
        Name = s.Name,
        PointPersons = s.PointPersons,
        ResponseHours = s.ResponseMinutes / 60.0,
        FirstSolutionHours = s.SolutionMinutes / 60.0,
        Source = source,
        People = people,
    };

    /// <summary>Reads the directory's departments into storage (and the demo file's agreed settings into the tenant's list).</summary>
    public async Task<DirectoryRead> ReadDirectoryAsync(string tenantId, IDepartmentDirectory directory, CancellationToken ct)
    {
        var people = await directory.PeopleAsync(ct);
        var now = clock.GetUtcNow();
        await store.ReplaceDirectoryAsync(tenantId, people, now, ct);
        if (directory.Agreed is { Count: > 0 } agreed)
            await store.SeedTenantAsync(tenantId, agreed, now, ct);
        return new DirectoryRead(people.Count, people.Select(p => DepartmentStore.Key(p.Department)).Distinct().Count(), now);
    }

    /// <summary>Reads the directory once, the first time a tenant's departments are needed.</summary>
    public async Task EnsureDirectoryAsync(string tenantId, IDepartmentDirectory directory, CancellationToken ct)
    {
        if ((await store.DirectoryAsync(tenantId, ct)).ReadAt is null)
            await ReadDirectoryAsync(tenantId, directory, ct);
    }

    /// <summary>Each person's department with the settings that apply to this user (theirs over the tenant's); point persons count as members.</summary>
    public async Task<IReadOnlyDictionary<string, (DirectoryEntry Person, Department? Department)>> OfPeopleAsync(Owner owner, IEnumerable<string> addresses,
        CancellationToken ct)
    {
        var wanted = addresses.Select(DepartmentStore.Address).Distinct().ToArray();
        var result = new Dictionary<string, (DirectoryEntry, Department?)>(StringComparer.OrdinalIgnoreCase);
        if (wanted.Length == 0)
            return result;
        var listed = await store.DepartmentsOfAsync(owner.TenantId, wanted, ct);
        var settings = await store.SettingsAsync(owner, ct);
        var effective = settings.GroupBy(s => DepartmentStore.Key(s.Name))
            .Select(g => g.FirstOrDefault(s => !s.IsTenant) is { } mine ? View(mine, DepartmentSource.Mine, 0) : View(g.First(), DepartmentSource.Tenant, 0))
            .ToDictionary(d => DepartmentStore.Key(d.Name));
        foreach (var address in wanted)
        {
            if (listed.TryGetValue(address, out var person))
                result[address] = (person, effective.GetValueOrDefault(DepartmentStore.Key(person.Department)));
            else if (effective.Values.FirstOrDefault(d => d.PointPersons.Any(p => p.Address.Equals(address, StringComparison.OrdinalIgnoreCase))) is { } theirs)
                result[address] = (new DirectoryEntry(address, theirs.PointPersons.First(p => p.Address.Equals(address, StringComparison.OrdinalIgnoreCase)).Name, theirs.Name), theirs);
        }
        return result;
    }
}

/// <summary>
/// Tracking's hook: the people on the board and on a tracked conversation get their next step from
/// <see cref="FollowUpTiming"/> with their department's response time, and "past response time" when it has passed.
/// Reads storage only when someone is still waiting.
/// </summary>
public sealed class ResponseTimes(DepartmentBook book)
{
    public async Task<IReadOnlyList<TrackedConversation>> ApplyAsync(Owner owner, IReadOnlyList<TrackedConversation> tracked, DateTimeOffset now,
        CancellationToken ct)
    {
        var waiting = tracked.SelectMany(t => t.People).Where(p => p.Status == ReplyStatus.Waiting && p.UnansweredRequests > 0)
            .Select(p => p.Address).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (waiting.Length == 0)
            return tracked;
        var departments = await book.OfPeopleAsync(owner, waiting, ct);
        if (departments.Count == 0)
            return tracked;
        return tracked.Select(t => t with
        {
            People = t.People.Select(p =>
            {
                if (!departments.TryGetValue(p.Address, out var d) || d.Department?.ResponseHours is not { } hours)
                    return p;
                var within = TimeSpan.FromHours(hours);
                return p with
                {
                    NextStep = FollowUpTiming.NextStepFor(p, p.NextStep, within, now),
                    Department = d.Department.Name,
                    ResponseHours = hours,
                    PastResponseTime = FollowUpTiming.PastResponseTime(p, within, now),
                };
            }).ToArray(),
        }).ToArray();
    }
}
