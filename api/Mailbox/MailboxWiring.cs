using CrossDept.Auth;
using CrossDept.Graph;

namespace CrossDept.Mailbox;

public sealed class MailboxSettings
{
    public const string Section = "Mailbox";

    /// <summary>The demo mailbox: one sub-folder of .eml files per conversation. Default: the repository's samples/.</summary>
    public string? SamplesFolder { get; set; }

    /// <summary>Where the demo mailbox writes the drafts and calendar events it creates. Default: a folder under the temp directory.</summary>
    public string? DemoOutputFolder { get; set; }

    /// <summary>
    /// The demo people's time zone (IANA or Windows id) for their working hours. Default: America/New_York, where the
    /// sample company's mail is written (-05:00), so offered call slots fall in its working day, not the server's.
    /// </summary>
    public string DemoTimeZone { get; set; } = "America/New_York";

    /// <summary>How many recent messages the conversation list looks at in a tenant.</summary>
    public int RecentMessages { get; set; } = 100;
}

public static class MailboxWiring
{
    /// <summary>The mailbox behind the endpoints: Graph in a tenant, the .eml samples in demo mode.</summary>
    public static WebApplicationBuilder AddMailbox(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(MailboxSettings.Section).Get<MailboxSettings>() ?? new MailboxSettings();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<IdempotencyKeys>();
        if (SignIn.IsDemo(builder.Configuration))
        {
            var samples = settings.SamplesFolder ?? FindSamples(builder.Environment.ContentRootPath)
                ?? throw new InvalidOperationException($"{MailboxSettings.Section}:SamplesFolder is not set and no samples/ folder was found above {builder.Environment.ContentRootPath}.");
            if (!Directory.Exists(samples))
                throw new InvalidOperationException($"{MailboxSettings.Section}:SamplesFolder '{samples}' does not exist.");
            var output = settings.DemoOutputFolder ?? Path.Combine(Path.GetTempPath(), "crossdept-demo-mailbox");
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(settings.DemoTimeZone, out var zone))
                throw new InvalidOperationException($"{MailboxSettings.Section}:DemoTimeZone '{settings.DemoTimeZone}' is not a known time zone id (e.g. America/New_York).");
            builder.Services.AddSingleton<IMailbox>(provider => new EmlMailbox(samples, output, provider.GetRequiredService<TimeProvider>(), zone));
        }
        else
        {
            builder.Services.AddGraph(builder.Configuration);
            builder.Services.AddScoped<IMailbox, GraphMailbox>();
        }
        return builder;
    }

    static string? FindSamples(string start)
    {
        foreach (var origin in new[] { start, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "CrossDeptAddin.sln")))
                    return candidate;
            }
        return null;
    }
}
