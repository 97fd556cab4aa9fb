namespace CrossDept.Graph;

/// <summary>The <c>Graph</c> section: where Microsoft Graph is and how patiently we talk to it.</summary>
public sealed class GraphSettings
{
    public const string Section = "Graph";

    /// <summary>Graph's v1.0 endpoint; tests point it at a fake Graph on 127.0.0.1.</summary>
    public Uri BaseAddress { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>
    /// Delegated permissions asked for on behalf of the signed-in user. Mail.ReadWrite because the confirmation is saved
    /// as a draft; User.Read.All because job title, phones and manager are not in User.ReadBasic.All.
    /// </summary>
    public string[] Scopes { get; set; } =
        ["https://graph.microsoft.com/Mail.ReadWrite", "https://graph.microsoft.com/User.Read.All",
         "https://graph.microsoft.com/Calendars.ReadWrite", "https://graph.microsoft.com/MailboxSettings.Read"];

    /// <summary>Graph's own guidance is to keep few requests in flight per mailbox (Exchange allows 4 concurrent).</summary>
    public int MaxConcurrentRequestsPerMailbox { get; set; } = 4;

    /// <summary>Retries after the first attempt, for throttling and transient faults.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>A Retry-After longer than this is not waited for: the pane gets a 503 with the Retry-After instead.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Backoff base when Graph gives no Retry-After.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One attempt; a slower answer counts as a transient fault.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A whole Graph call including retries: the pane never waits longer than this.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Circuit breaker: when this share of calls in <see cref="BreakerSamplingDuration"/> fails, stop calling for <see cref="BreakDuration"/>.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;
    public int BreakerMinimumThroughput { get; set; } = 10;
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    internal void Validate()
    {
        if (!BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttps && !BaseAddress.IsLoopback))
            throw new InvalidOperationException($"{Section}:BaseAddress must be an absolute https address (http only on loopback); got '{BaseAddress}'.");
        if (MaxConcurrentRequestsPerMailbox < 1)
            throw new InvalidOperationException($"{Section}:MaxConcurrentRequestsPerMailbox must be at least 1.");
        if (Scopes.Length == 0)
            throw new InvalidOperationException($"{Section}:Scopes must list the delegated Graph permissions.");
    }
}
