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

    /// <summary>
    /// The demo's clock: "samples" (default) runs on the samples' own moment, <see cref="SamplesNow"/>, so due-soon, overdue
    /// and call states look like a real week; "system" uses the real clock; an ISO 8601 moment pins it there.
    /// </summary>
    public string DemoClock { get; set; } = "samples";

    /// <summary>Thursday 12 November 2026, noon in New York: the moment the sample conversations' annotations are judged at.</summary>
    public static readonly DateTimeOffset SamplesNow = new(2026, 11, 12, 12, 0, 0, TimeSpan.FromHours(-5));

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
            if (DemoMoment(settings.DemoClock) is { } demoNow)
                builder.Services.AddSingleton<TimeProvider>(new DemoClock(demoNow));
            builder.Services.AddSingleton<IMailbox>(provider => new EmlMailbox(samples, output, provider.GetRequiredService<TimeProvider>(), zone));
        }
        else
        {
            builder.Services.AddGraph(builder.Configuration);
            builder.Services.AddScoped<IMailbox, GraphMailbox>();
        }
        return builder;
    }

    static DateTimeOffset? DemoMoment(string setting) => setting.Trim().ToLowerInvariant() switch
    {
        "samples" or "" => MailboxSettings.SamplesNow,
        "system" => null,
        _ => DateTimeOffset.TryParse(setting, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at)
            ? at
            : throw new InvalidOperationException($"{MailboxSettings.Section}:DemoClock '{setting}' is not samples, system or an ISO 8601 moment."),
    };

    /// <summary>The samples' week, moving: it starts at the demo moment and advances with real time, so what the demo books lies ahead.</summary>
    sealed class DemoClock(DateTimeOffset start) : TimeProvider
    {
        readonly DateTimeOffset started = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + (DateTimeOffset.UtcNow - started);
        public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("demo", start.Offset, "demo", "demo");
    }

    internal static string? FindSamples(string start)
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
