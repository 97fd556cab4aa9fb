using CrossDept.Asks;
using CrossDept.Hosting;
using CrossDept.Outreach;
using CrossDept.Threads;

// The command line lives in the same executable as the API.
if (args is ["analyze", .. var rest])
    return AnalyzeCommand.Run(rest, Console.Out, Console.Error);
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
// Health for load balancers and CI.
builder.Services.AddHealthChecks();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseApiDescription();

app.MapHealthChecks("/healthz");
// Thread analysis: POST /api/threads/analyze.
app.MapThreads();
// Drafts from an analysis: POST /api/drafts/reminder, /call-notes, /escalation, /thank-you.
app.MapOutreach();
// The vague-ask check for drafts in compose mode: POST /api/asks/check.
app.MapAsks();

app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
