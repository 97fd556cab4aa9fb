using CrossDept.Auth;
using CrossDept.Mailbox;
using CrossDept.Tracking;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Graph;

namespace CrossDept.Planner;

public sealed class PlannerSettings
{
    public const string Section = "Planner";

    /// <summary>The demo Planner's folder (demo mode only). Default: planner/ in the demo mailbox's output folder.</summary>
    public string? DemoFolder { get; set; }
}

public static class PlannerApi
{
    /// <summary>Planner through Graph in a tenant; the demo's folder of JSON task files in demo mode.</summary>
    public static WebApplicationBuilder AddPlanner(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(PlannerSettings.Section).Get<PlannerSettings>() ?? new PlannerSettings();
        builder.Services.AddSingleton<PlannerExports>();
        builder.Services.AddSingleton<BackgroundPlanners>();
        if (SignIn.IsDemo(builder.Configuration))
        {
            var mailbox = builder.Configuration.GetSection(MailboxSettings.Section).Get<MailboxSettings>() ?? new MailboxSettings();
            var folder = settings.DemoFolder
                ?? Path.Combine(mailbox.DemoOutputFolder ?? Path.Combine(Path.GetTempPath(), "crossdept-demo-mailbox"), "planner");
            builder.Services.AddSingleton<IPlanner>(_ => new DemoPlanner(folder));
        }
        else
            builder.Services.AddScoped<IPlanner>(provider => new GraphPlanner(provider.GetRequiredService<GraphServiceClient>()));
        return builder;
    }

    public static RouteGroupBuilder MapPlanner(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapUserGroup("/api").WithTags("Planner")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/planner/plans", Plans).WithName("PlannerPlans")
            .WithSummary("The Planner plans the user can export to (Graph GET /me/planner/plans; the demo's plans.json)");
        group.MapGet("/planner/plans/{planId}/buckets", Buckets).WithName("PlannerBuckets")
            .WithSummary("A plan's buckets (Graph GET /planner/plans/{id}/buckets)").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/tracked/{id}/planner", Export).WithName("ExportToPlanner")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Export a tracked conversation's agreements to Planner: one task per agreement, in the plan and bucket picked")
            .WithDescription("Each task is assigned to the agreement's owner (their directory user id), has its due date, and the quote in its "
                + "description. Idempotent: exporting again updates the same tasks (title and due as corrected) and never makes a second one; "
                + "a task deleted in Planner is made again. Dropped agreements are not exported. Then done is put in step both ways. "
                + "201 the first time, 200 after; 409 when the conversation is already exported to another plan; 422 for an unknown plan or bucket.");
        group.MapGet("/tracked/{id}/planner", Sync).WithName("PlannerExport")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The export's state, after putting done in step both ways")
            .WithDescription("A task at 100% in Planner marks its agreement done on the board; an agreement done on the board sets its task to 100%. "
                + "Done is final on both sides. 404 when the conversation is not tracked or not exported.");
        return group;
    }

    static async Task<Ok<IReadOnlyList<PlannerPlanView>>> Plans(IPlanner planner, CancellationToken ct) => TypedResults.Ok(await planner.PlansAsync(ct));

    static async Task<Results<Ok<IReadOnlyList<PlannerBucketView>>, ProblemHttpResult>> Buckets(string planId, IPlanner planner, CancellationToken ct) =>
        await planner.BucketsAsync(planId, ct) is { } buckets
            ? TypedResults.Ok(buckets)
            : TypedResults.Problem(title: "Plan not found", detail: $"There is no Planner plan '{planId}' you can see.", statusCode: StatusCodes.Status404NotFound);

    static async Task<Results<Created<PlannerExportView>, Ok<PlannerExportView>, ValidationProblem, ProblemHttpResult>> Export(string id,
        PlannerExportRequest request, CurrentUser user, PlannerExports exports, IPlanner planner, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.PlanId) || request.PlanId.Length > 200)
            errors["planId"] = ["The plan's id is required (GET /api/planner/plans)."];
        if (string.IsNullOrWhiteSpace(request.BucketId) || request.BucketId.Length > 200)
            errors["bucketId"] = ["The bucket's id is required (GET /api/planner/plans/{planId}/buckets)."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var change = await exports.ExportAsync(user.Owner(), id, request.PlanId!.Trim(), request.BucketId!.Trim(), planner, ct);
        return change.Result switch
        {
            ChangeResult.NotFound => TypedResults.Problem(title: "Not tracked", detail: $"You have no tracked conversation '{id}'.", statusCode: StatusCodes.Status404NotFound),
            ChangeResult.Invalid => TypedResults.Problem(title: "Not a plan or bucket of yours", detail: change.Problem, statusCode: StatusCodes.Status422UnprocessableEntity),
            ChangeResult.Conflict => TypedResults.Problem(title: "Exported to another plan", detail: change.Problem, statusCode: StatusCodes.Status409Conflict),
            _ when change.Created => TypedResults.Created($"/api/tracked/{id}/planner", change.Value!),
            _ => TypedResults.Ok(change.Value!),
        };
    }

    static async Task<Results<Ok<PlannerExportView>, ProblemHttpResult>> Sync(string id, CurrentUser user, PlannerExports exports, IPlanner planner,
        CancellationToken ct) =>
        await exports.SyncAsync(user.Owner(), id, planner, ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(title: "Not exported", detail: $"The tracked conversation '{id}' is not yours or not exported to Planner.",
                statusCode: StatusCodes.Status404NotFound);
}

/// <summary>Where to export: a plan and one of its buckets.</summary>
public sealed record PlannerExportRequest
{
    /// <example>xqQg5FS2LkCp935s-FIFm2QAFkHM</example>
    public string? PlanId { get; init; }

    /// <example>hsOf2dhOJkqyYYZEtdzDe2QAIUCR</example>
    public string? BucketId { get; init; }
}

/// <summary>
/// Planner for work done with no request (the scheduler's passes): the demo's folder in demo mode, else Graph as the
/// user's long-running session (<see cref="Following.UserGraphs"/>); null where no background session can exist.
/// </summary>
public sealed class BackgroundPlanners(IServiceProvider services, IConfiguration configuration)
{
    public IPlanner? For(Owner owner) =>
        SignIn.IsDemo(configuration) ? services.GetRequiredService<IPlanner>()
        : services.GetService<Following.UserGraphs>() is { } graphs ? new GraphPlanner(graphs.For(owner)) : null;
}
