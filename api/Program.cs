using CrossDept.Asks;
using CrossDept.Auth;
using CrossDept.Calls;
using CrossDept.Mailbox;
using CrossDept.People;
using CrossDept.Hosting;
using CrossDept.Outreach;
using CrossDept.Pane;
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

// Every error is ProblemDetails.
builder.Services.AddProblemDetails();
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
// Health for load balancers and CI.
builder.Services.AddHealthChecks();
// The task pane's sign-in settings (section "Pane").
builder.Services.AddPane();
// Sign-in: Entra ID tokens with access_as_user, or the demo mailbox owner in Development on loopback.
builder.AddSignIn();
// The user's Microsoft 365 (Graph, on behalf of the user) or the demo .eml mailbox.
builder.AddMailbox();

var app = builder.Build();

// A body that cannot be read is the caller's error (400), not ours; every failure is ProblemDetails.
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
});
app.UseStatusCodePages();
app.UseApiDescription();
// The built task pane at /pane/, where manifest.xml points.
app.UsePane();
app.UseSignIn();

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

app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
