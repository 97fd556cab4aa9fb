using System.Threading.Channels;
using CrossDept.Auth;
using CrossDept.Mailbox;
using CrossDept.Threads;
using CrossDept.Tracking;

namespace CrossDept.Following;

/// <summary>
/// Demo mode is live too: the demo mailbox's samples folder is watched, and a .eml dropped into (or changed in) a
/// tracked conversation's folder refreshes that conversation through tracking's own refresh within a second or so.
/// A burst of files for one conversation is one refresh.
/// </summary>
public sealed class DemoFollower(IMailbox mailbox, FollowingStore store, TrackingStore tracking, TimeProvider clock, ILogger<DemoFollower> logger)
    : BackgroundService
{
    /// <summary>How long a conversation's folder must be quiet before it is read (a file copy arrives in several writes).</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);

    readonly Channel<string> changed = Channel.CreateUnbounded<string>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (mailbox is not EmlMailbox eml)
            return;
        var root = Path.GetFullPath(eml.SamplesFolder);
        using var watcher = new FileSystemWatcher(root, "*.eml")
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Changed(string path)
        {
            // samples/<conversation>/<file>.eml: the conversation is the first folder under the root.
            var relative = Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar);
            if (relative.Length == 2)
                changed.Writer.TryWrite(relative[0]);
        }
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) => Changed(e.FullPath);
        watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "Demo following: the folder watcher lost events; refresh from the pane");
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("Demo following: watching {Folder} for new .eml replies", root);

        var pending = new HashSet<string>(StringComparer.Ordinal);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                pending.Add(await changed.Reader.ReadAsync(stoppingToken));
                // Coalesce: keep collecting until the folder has been quiet for a moment.
                while (true)
                {
                    using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    quiet.CancelAfter(Quiet);
                    try
                    {
                        pending.Add(await changed.Reader.ReadAsync(quiet.Token));
                    }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                    {
                        break;
                    }
                }
                foreach (var conversation in pending)
                    await RefreshAsync(conversation, stoppingToken);
                pending.Clear();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Demo following: a refresh failed; it is tried again on the next change");
                pending.Clear();
            }
        }
    }

    async Task RefreshAsync(string conversationId, CancellationToken ct)
    {
        var owner = DemoMailbox.Owner.Owner();
        if (await store.TrackedIdAsync(owner, conversationId, ct) is not { } trackedId)
            return;
        if (await mailbox.ConversationAsync(conversationId, ct) is not { } input)
            return;
        var now = clock.GetLocalNow();
        var change = await tracking.RefreshAsync(owner, trackedId, ThreadAnalyzer.Analyze(input, DemoMailbox.Address, now), null, now, ct);
        logger.LogInformation("Demo following: {Conversation} refreshed from the samples folder ({Result})", conversationId, change.Result);
    }
}
