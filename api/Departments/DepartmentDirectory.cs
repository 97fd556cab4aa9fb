using System.Text.Json;
using Microsoft.Graph;

namespace CrossDept.Departments;

/// <summary>Where the departments come from: the directory's department attribute per person.</summary>
public interface IDepartmentDirectory
{
    /// <summary>Everyone the directory lists with a department.</summary>
    Task<IReadOnlyList<DirectoryEntry>> PeopleAsync(CancellationToken ct);

    /// <summary>Point persons and response times the directory itself carries (the demo's file); none in a tenant.</summary>
    IReadOnlyList<DirectoryDepartment> Agreed { get; }
}

/// <summary>
/// The tenant's directory through Microsoft Graph: GET /users?$select=id,displayName,mail,userPrincipalName,department
/// with $top=999, following @odata.nextLink. Reading department needs User.Read.All (User.ReadBasic.All gives names and
/// addresses only). Throttling (429 with Retry-After) is retried by the one resilience handler every Graph call goes through.
/// </summary>
public sealed class GraphDepartmentDirectory(GraphServiceClient graph, ILogger<GraphDepartmentDirectory> logger) : IDepartmentDirectory
{
    /// <summary>999 people a page (Graph's most for /users): 50 pages is a tenant of about 50,000 people.</summary>
    const int MaxPages = 50;

    public IReadOnlyList<DirectoryDepartment> Agreed => [];

    public async Task<IReadOnlyList<DirectoryEntry>> PeopleAsync(CancellationToken ct)
    {
        var people = new List<DirectoryEntry>();
        var page = await graph.Users.GetAsync(r =>
        {
            r.QueryParameters.Select = ["id", "displayName", "mail", "userPrincipalName", "department"];
            r.QueryParameters.Top = 999;
        }, ct);
        for (var pages = 1; page is not null; pages++)
        {
            foreach (var u in page.Value ?? [])
                if (!string.IsNullOrWhiteSpace(u.Department) && (u.Mail ?? u.UserPrincipalName) is { Length: > 0 } address)
                    people.Add(new DirectoryEntry(address, string.IsNullOrWhiteSpace(u.DisplayName) ? null : u.DisplayName.Trim(), u.Department.Trim()));
            if (page.OdataNextLink is not { } next)
                break;
            if (pages == MaxPages)
            {
                // REVIEW: a larger tenant is read in part; departments of the people beyond are not known until asked through their card.
                logger.LogWarning("The directory has more than {Pages} pages of people; departments were read from the first {Pages}.", MaxPages, MaxPages);
                break;
            }
            page = await graph.Users.WithUrl(next).GetAsync(cancellationToken: ct);
        }
        return people;
    }
}

/// <summary>
/// The demo's directory, samples/directory.json: people with their department (what Graph /users gives in a tenant), and
/// a "departments" list with point persons and response times (what an admin of the demo tenant would have shared).
/// </summary>
public sealed class DemoDepartmentDirectory(string samplesFolder) : IDepartmentDirectory
{
    sealed record FilePerson(string? Address, string? Name, string? Department);
    sealed record FileDepartment(string? Name, IReadOnlyList<string>? PointPersons, double? ResponseHours, double? FirstSolutionHours);
    sealed record File(IReadOnlyList<FilePerson>? People, IReadOnlyList<FileDepartment>? Departments);

    File Read()
    {
        var path = Path.Combine(samplesFolder, "directory.json");
        return System.IO.File.Exists(path)
            ? JsonSerializer.Deserialize<File>(System.IO.File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? new File(null, null)
            : new File(null, null);
    }

    public Task<IReadOnlyList<DirectoryEntry>> PeopleAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DirectoryEntry>>((Read().People ?? [])
            .Where(p => !string.IsNullOrWhiteSpace(p.Address) && !string.IsNullOrWhiteSpace(p.Department))
            .Select(p => new DirectoryEntry(p.Address!.Trim(), p.Name, p.Department!.Trim())).ToArray());

    public IReadOnlyList<DirectoryDepartment> Agreed
    {
        get
        {
            var file = Read();
            var names = (file.People ?? []).Where(p => p.Address is not null)
                .ToDictionary(p => p.Address!.Trim(), p => p.Name, StringComparer.OrdinalIgnoreCase);
            return (file.Departments ?? []).Where(d => !string.IsNullOrWhiteSpace(d.Name))
                .Select(d => new DirectoryDepartment(d.Name!.Trim(),
                    (d.PointPersons ?? []).Select(a => new PointPerson(names.GetValueOrDefault(a.Trim()), a.Trim())).ToArray(),
                    d.ResponseHours, d.FirstSolutionHours)).ToArray();
        }
    }
}
