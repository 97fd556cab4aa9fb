using System.Security.Claims;
using CrossDept.Auth;
using CrossDept.Hosting;
using CrossDept.Mailbox;
using CrossDept.Tracking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossDept.Departments;

public static class DepartmentsApi
{
    /// <summary>The app role (Entra ID app registration, "App roles") whose holders edit the tenant's shared list.</summary>
    public const string AdminRole = "CrossDept.Admin";

    public const int MaxPointPersons = 5, MaxNameLength = 100, MaxNoteLength = 280;
    public const double MinHours = 0.5, MaxResponseHours = 200, MaxSolutionHours = 2000;

    public static WebApplicationBuilder AddDepartments(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<DepartmentStore>();
        services.AddSingleton<DepartmentBook>();
        services.AddSingleton<ResponseTimes>();
        services.AddSingleton<IUserDataEraser, DepartmentsEraser>();
        if (SignIn.IsDemo(builder.Configuration))
        {
            var contentRoot = builder.Environment.ContentRootPath;
            services.AddSingleton<IDepartmentDirectory>(provider => new DemoDepartmentDirectory(
                provider.GetRequiredService<MailboxSettings>().SamplesFolder ?? MailboxWiring.FindSamples(contentRoot)
                ?? throw new InvalidOperationException($"{MailboxSettings.Section}:SamplesFolder is not set and no samples/ folder was found above {contentRoot}.")));
            // The demo tenant's directory is a file: read it at start (after the migrations), so the board is timed from the first request.
            services.AddHostedService<DemoDirectoryOnStart>();
        }
        else
            services.AddScoped<IDepartmentDirectory, GraphDepartmentDirectory>();
        return builder;
    }

    public static RouteGroupBuilder MapDepartments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapUserGroup("/api/departments").WithTags("Departments").WithBodySize(BodySize.Small)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("", List).WithName("ListDepartments")
            .WithSummary("The organisation's departments with their point persons and response times")
            .WithDescription("Departments from the directory's department attribute (read on first use; POST /api/departments/directory reads it "
                + "again), with the tenant's settings (shared by an admin) overridden by the caller's own. source says which: directory "
                + "(nothing agreed), tenant or mine. Response times are business hours (09:00-17:00, Monday to Friday): a waiting person's "
                + "reminder and call are timed by their department's, and the board shows who is past it.");
        group.MapPut("/{name}", Save).WithName("SaveDepartment").ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Set a department's point persons and response times, for yourself or (admins) for the tenant")
            .WithDescription("shared=false (default) saves the caller's own settings, which override the tenant's for them alone. shared=true "
                + "edits the tenant's list everyone sees: only for a token carrying the app role CrossDept.Admin (403 otherwise; the demo's "
                + "owner is the demo tenant's admin). Up to 5 point persons; responseHours 0.5 to 200; firstSolutionHours 0.5 to 2000 and "
                + "not less than responseHours.");
        group.MapDelete("/{name}", Remove).WithName("RemoveDepartment").ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Remove your own settings for a department (back to the tenant's), or with shared=true (admins) the tenant's");
        group.MapPost("/directory", ReadDirectory).WithName("ReadDepartmentDirectory")
            .WithSummary("Read the departments from the directory again")
            .WithDescription("Graph GET /users?$select=id,displayName,mail,userPrincipalName,department, every page (needs User.Read.All); "
                + "the demo reads samples/directory.json, whose agreed settings become the demo tenant's list where it has none.");

        var interests = routes.MapUserGroup("/api/interests").WithTags("Departments").WithBodySize(BodySize.Small)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        interests.MapGet("", Interests).WithName("ListInterests")
            .WithSummary("What you noted each person cares about")
            .WithDescription("Short notes you wrote (a team goal, a metric), never mail text; the call's talking points and the reminder "
                + "open with them, and the ask check suggests a line from them. Yours alone; DELETE /api/me/data erases them.");
        interests.MapGet("/{address}", GetInterest).WithName("GetInterest")
            .WithSummary("What you noted one person cares about (404 when nothing)");
        interests.MapPut("/{address}", SaveInterest).WithName("SaveInterest")
            .WithSummary("Note what a person cares about (1 to 280 characters)");
        interests.MapDelete("/{address}", RemoveInterest).WithName("RemoveInterest")
            .WithSummary("Forget what you noted about a person");
        return group;
    }

    /// <summary>An admin of the tenant's list: the app role in the token, or the demo's owner (the demo tenant is theirs).</summary>
    public static bool IsAdmin(ClaimsPrincipal principal, IConfiguration configuration) =>
        SignIn.IsDemo(configuration)
        || principal.FindAll("roles").Concat(principal.FindAll(ClaimTypes.Role)).Any(c => c.Value == AdminRole);

    static async Task<Ok<DepartmentList>> List(CurrentUser user, ClaimsPrincipal principal, IConfiguration configuration, DepartmentBook book,
        IDepartmentDirectory directory, CancellationToken ct)
    {
        await book.EnsureDirectoryAsync(user.TenantId, directory, ct);
        return TypedResults.Ok(await book.ListAsync(user.Owner(), IsAdmin(principal, configuration), ct));
    }

    static async Task<Results<Ok<Department>, ValidationProblem, ProblemHttpResult>> Save(string name, DepartmentEdit edit, CurrentUser user,
        ClaimsPrincipal principal, IConfiguration configuration, DepartmentStore store, DepartmentBook book, IDepartmentDirectory directory,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = Validate(name, edit);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        if (edit.Shared && !IsAdmin(principal, configuration))
            return NotAdmin();
        // Who is in the department comes from the directory: read it before the first setting can time anyone.
        await book.EnsureDirectoryAsync(user.TenantId, directory, ct);
        var people = edit.PointPersons!.Select(p => new PointPerson(string.IsNullOrWhiteSpace(p!.Name) ? null : p.Name.Trim(), DepartmentStore.Address(p.Address)))
            .DistinctBy(p => p.Address).ToArray();
        await store.SaveAsync(user.Owner(), edit.Shared ? DepartmentStore.TenantScope : user.ObjectId, name, people,
            DepartmentStore.Minutes(edit.ResponseHours), DepartmentStore.Minutes(edit.FirstSolutionHours), clock.GetUtcNow(), ct);
        var list = await book.ListAsync(user.Owner(), true, ct);
        var saved = list.Departments.First(d => DepartmentStore.Key(d.Name) == DepartmentStore.Key(name));
        return TypedResults.Ok(edit.Shared && saved.Tenant is { } tenant ? tenant : saved);
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Remove(string name, bool? shared, CurrentUser user,
        ClaimsPrincipal principal, IConfiguration configuration, DepartmentStore store, CancellationToken ct)
    {
        if (NameError(name) is { } error)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [error] });
        if (shared == true && !IsAdmin(principal, configuration))
            return NotAdmin();
        return await store.RemoveAsync(user.Owner(), shared == true ? DepartmentStore.TenantScope : user.ObjectId, name, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: "Nothing to remove", statusCode: StatusCodes.Status404NotFound,
                detail: $"There are no {(shared == true ? "tenant" : "own")} settings for '{name.Trim()}'.");
    }

    static async Task<Ok<DirectoryRead>> ReadDirectory(CurrentUser user, DepartmentBook book, IDepartmentDirectory directory, CancellationToken ct) =>
        TypedResults.Ok(await book.ReadDirectoryAsync(user.TenantId, directory, ct));

    static async Task<Ok<InterestList>> Interests(CurrentUser user, DepartmentStore store, CancellationToken ct) =>
        TypedResults.Ok(new InterestList(await store.InterestsAsync(user.Owner(), null, ct)));

    static async Task<Results<Ok<Interest>, ValidationProblem, ProblemHttpResult>> GetInterest(string address, CurrentUser user, DepartmentStore store,
        CancellationToken ct)
    {
        if (!IsAddress(address))
            return BadAddress();
        var found = (await store.InterestsAsync(user.Owner(), [address], ct)).FirstOrDefault();
        return found is null
            ? TypedResults.Problem(title: "No note", statusCode: StatusCodes.Status404NotFound, detail: $"You have noted nothing about {address.Trim()}.")
            : TypedResults.Ok(found);
    }

    static async Task<Results<Ok<Interest>, ValidationProblem>> SaveInterest(string address, InterestEdit edit, CurrentUser user, DepartmentStore store,
        TimeProvider clock, CancellationToken ct)
    {
        if (!IsAddress(address))
            return BadAddress();
        var note = edit.Note?.Trim() ?? "";
        if (note.Length is 0 or > MaxNoteLength || note.Any(char.IsControl))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["note"] = [$"A note of 1 to {MaxNoteLength} characters on one line is required: what they care about, in your words."],
            });
        var now = clock.GetUtcNow();
        await store.SaveInterestAsync(user.Owner(), address, note, now, ct);
        return TypedResults.Ok(new Interest(DepartmentStore.Address(address), note, now));
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveInterest(string address, CurrentUser user, DepartmentStore store,
        CancellationToken ct)
    {
        if (!IsAddress(address))
            return BadAddress();
        return await store.RemoveInterestAsync(user.Owner(), address, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: "No note", statusCode: StatusCodes.Status404NotFound, detail: $"You have noted nothing about {address.Trim()}.");
    }

    static ProblemHttpResult NotAdmin() => TypedResults.Problem(title: "Only an admin edits the tenant's list", statusCode: StatusCodes.Status403Forbidden,
        detail: $"Editing the departments everyone in the tenant sees needs the app role {AdminRole}. Save them for yourself instead (shared=false).");

    static ValidationProblem BadAddress() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["address"] = ["An email address is required."] });

    static bool IsAddress(string? address) => address is { Length: > 2 and <= 320 } && address.Contains('@') && !address.Trim().Any(char.IsWhiteSpace);

    static string? NameError(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength || name.Any(char.IsControl)
            ? $"A department name of 1 to {MaxNameLength} characters is required." : null;

    static Dictionary<string, string[]> Validate(string name, DepartmentEdit edit)
    {
        var errors = new Dictionary<string, string[]>();
        if (NameError(name) is { } error)
            errors["name"] = [error];
        var people = edit.PointPersons ?? [];
        if (people.Count > MaxPointPersons)
            errors["pointPersons"] = [$"At most {MaxPointPersons} point persons."];
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i] is not { } p || !IsAddress(p.Address))
                errors[$"pointPersons[{i}].address"] = ["Each point person needs an email address."];
            else if (p.Name is { Length: > MaxNameLength })
                errors[$"pointPersons[{i}].name"] = [$"A name is at most {MaxNameLength} characters."];
        }
        if (edit.ResponseHours is { } r && (double.IsNaN(r) || r < MinHours || r > MaxResponseHours))
            errors["responseHours"] = [$"A response time is {MinHours} to {MaxResponseHours} business hours, or null for the default (2 business days)."];
        if (edit.FirstSolutionHours is { } s && (double.IsNaN(s) || s < MinHours || s > MaxSolutionHours))
            errors["firstSolutionHours"] = [$"A first-solution time is {MinHours} to {MaxSolutionHours} business hours."];
        else if (edit.FirstSolutionHours < edit.ResponseHours)
            errors["firstSolutionHours"] = ["A first solution cannot come before the first answer: make it at least responseHours."];
        if (edit.PointPersons is null)
            errors["pointPersons"] = ["The point persons are required (an empty list for none)."];
        return errors;
    }
}

/// <summary>The caller's interest notes.</summary>
public sealed record InterestList(IReadOnlyList<Interest> Interests);

/// <summary>Reads the demo directory (samples/directory.json) into the demo tenant's departments when the API starts.</summary>
sealed class DemoDirectoryOnStart(DepartmentBook book, IDepartmentDirectory directory) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => book.ReadDirectoryAsync(DemoMailbox.TenantId, directory, ct);
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
