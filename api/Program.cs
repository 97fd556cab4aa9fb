using CrossDept.Asks;
using CrossDept.Following;
using CrossDept.Auth;
using CrossDept.Calls;
using CrossDept.Favours;
using CrossDept.Departments;
using CrossDept.Mailbox;
using CrossDept.People;
using CrossDept.Hosting;
using CrossDept.Outreach;
using CrossDept.Pane;
using CrossDept.Planner;
using CrossDept.Storage;
using CrossDept.Threads;
using CrossDept.Tracking;

// The command line lives in the same executable as the API.
if (args is ["analyze", .. var rest])
    return AnalyzeCommand.Run(rest, Console.Out, Console.Error);
if (args is ["audit-sample", .. var auditArgs])
    return AuditSampleCommand.Run(auditArgs, Console.Out, Console.Error);
if (args is ["-h" or "--help"])
{
    Console.WriteLine("CrossDept.Api: the API serving the task pane (no arguments), or:\n\n" + AnalyzeCommand.Usage);
    return 0;
}

var builder = WebApplication.CreateBuilder(args);

// Every error is ProblemDetails; the caller's mistakes are 4xx logged at Information, never 500.
builder.Services.AddProblems();
// Bounded cost: body size per route, URL length, header size, no Server header (section "Limits").
builder.AddRequestLimits();
// Kestrel's own refusals (a malformed request line, a bad Host, past its line or header limits) as problem+json too.
builder.AddKestrelProblems();
// Token buckets per user, and per client address when nobody is signed in: 429 with Retry-After (section "RateLimits").
builder.Services.AddRateLimits(builder.Configuration);
// HSTS outside Development.
builder.Services.AddSafeDefaults();
// OpenTelemetry traces and metrics, exported by OTLP only when an endpoint is configured.
builder.AddTelemetry();
// The contract's JSON shape for every endpoint.
builder.Services.ConfigureHttpJsonOptions(o => AnalysisJson.Configure(o.SerializerOptions));
// Swagger at /swagger, with examples.
builder.Services.AddApiDescription();
// One clock, replaceable in tests.
builder.Services.AddSingleton(TimeProvider.System);
// Storage: SQLite file or PostgreSQL (Storage:Provider), migrated before the server listens.
builder.Services.AddStorage();
// Tracking asks over time: people asked, agreements, the board.
builder.Services.AddTracking();
// The favour account: what the user and each department delivered to each other, from tracking.
builder.Services.AddFavours();
// Health for load balancers and CI.
builder.Services.AddHealthChecks();
// The task pane's sign-in settings (section "Pane").
builder.Services.AddPane();
// Sign-in: Entra ID tokens with access_as_user, or the demo mailbox owner in Development on loopback.
builder.AddSignIn();
// The user's Microsoft 365 (Graph, on behalf of the user) or the demo .eml mailbox.
builder.AddMailbox();
// A shared view in Microsoft Planner: Graph in a tenant, a folder of JSON task files in demo mode.
builder.AddPlanner();
// Following while Outlook is closed: Graph change notifications, long-running sessions, the worker (Following:Enabled).
builder.AddFollowing();
// Departments, point persons and response times (which time reminders and calls); what each person cares about.
builder.AddDepartments();

var app = builder.Build();

// Every failure is ProblemDetails: exceptions through the handlers, bare status codes through the status code pages.
app.UseProblems();
// Security headers (CSP with Office's frame ancestors, nosniff, no referrer, HSTS); demo mode answers loopback only.
app.UseSafeDefaults();
// 414 past the URL limit, 413 past the route's body limit.
app.UseRequestLimits();
// The built task pane at /pane/, where manifest.xml points.
app.UsePane();
app.UseSignIn();
// After sign-in, so the bucket is the user's.
app.UseRateLimiter();
// Swagger: open in Development and tests, off or behind sign-in in Production (section "Swagger").
app.UseApiDescription();

app.MapHealthChecks("/healthz");
// Thread analysis: POST /api/threads/analyze.
app.MapThreads();
// Drafts from an analysis: POST /api/drafts/reminder, /call-notes, /escalation, /thank-you.
app.MapOutreach();
// The vague-ask check for drafts in compose mode: POST /api/asks/check.
app.MapAsks();
// The signed-in user: GET /api/me.
app.MapMe();
// Conversations from the mailbox: GET /api/mailbox/conversations, …/{id}/analysis, POST …/{id}/confirmation-draft.
app.MapMailbox();
// Directory cards: GET /api/people/{address}, POST /api/people/lookup.
app.MapPeople();
// Calls: POST /api/calls/slots, POST /api/calls.
app.MapCalls();
// Tracking: /api/tracked, /api/board, /api/me/data.
app.MapTracking();
// The favour account: GET /api/favours, /api/favours/people/{address}.
app.MapFavours();
// Planner: /api/planner/plans, …/{planId}/buckets, PUT and GET /api/tracked/{id}/planner.
app.MapPlanner();
// Following: the Graph webhook /api/following/notifications and /lifecycle; /api/me/following.
app.MapFollowing();
// Departments and interests: /api/departments, /api/interests.
app.MapDepartments();

app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
