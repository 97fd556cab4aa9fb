using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CrossDept.Pane;

/// <summary>
/// Sign-in settings the task pane reads at start-up. Empty <see cref="ClientId"/> means no tenant:
/// the pane runs without signing in (demo mode outside Outlook, analyze-what-Office.js-gives inside).
/// </summary>
public sealed class PaneOptions
{
    public const string Section = "Pane";

    /// <summary>The add-in's Entra ID application (client) id; defaults to AzureAd:ClientId.</summary>
    public string? ClientId { get; set; }

    /// <summary>The API scope the pane asks a token for; defaults to {AzureAd:Audience or api://ClientId}/access_as_user.</summary>
    public string? ApiScope { get; set; }

    /// <summary>Defaults to AzureAd:Instance + AzureAd:TenantId, or the common endpoint.</summary>
    public string? Authority { get; set; }

    /// <summary>The built pane; defaults to wwwroot/pane under the content root, api/ below it, or the app's folder.</summary>
    public string? Folder { get; set; }
}

/// <summary>What the pane needs to know before it can call the API (served as /pane/config.json).</summary>
public sealed record PaneConfig(string? ClientId, string? ApiScope, string? Authority);

/// <summary>
/// Serves the built task pane (addin/ builds into wwwroot/pane) at /pane/, the address manifest.xml points to.
/// </summary>
public static class PaneHosting
{
    public const string RequestPath = "/pane";

    public static IServiceCollection AddPane(this IServiceCollection services)
    {
        services.AddOptions<PaneOptions>().BindConfiguration(PaneOptions.Section);
        return services;
    }

    public static WebApplication UsePane(this WebApplication app)
    {
        var folder = Locate(app.Configuration.GetSection(PaneOptions.Section).Get<PaneOptions>()?.Folder, app.Environment.ContentRootPath);
        if (Directory.Exists(folder))
        {
            var files = new PhysicalFileProvider(folder);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = RequestPath });
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                RequestPath = RequestPath,
                // Bundles carry a content hash in their names; the page itself must always be fresh.
                OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] =
                    context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? "no-cache" : "public, max-age=31536000, immutable",
            });
        }

        var pane = app.MapGroup(RequestPath).WithTags("Pane").ExcludeFromDescription();
        pane.MapGet("/config.json", (IConfiguration configuration, IOptions<PaneOptions> options) =>
            TypedResults.Ok(Resolve(options.Value, configuration)));
        if (!Directory.Exists(folder))
            app.Logger.LogWarning("The task pane is not built: {Folder} does not exist (cd addin && npm ci && npm run build).", folder);
        if (!Directory.Exists(folder))
            // Say how to build the pane instead of a bare 404. (Mapped only then: a matched route would stop static files.)
            pane.MapGet("/{**rest}", (string? rest) => TypedResults.Problem(
                title: "The task pane is not built",
                // The server's folders are not the caller's business; the operator finds the path in the start-up log.
                detail: "Build the pane: cd addin && npm ci && npm run build.",
                statusCode: StatusCodes.Status404NotFound));
        return app;
    }

    /// <summary>
    /// `dotnet run --project api` runs from the repository root (the analyze command wants that), tests from api/,
    /// a published app from its own folder: the first of these that holds the built pane wins.
    /// </summary>
    static string Locate(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured, contentRoot);
        string[] candidates =
        [
            Path.Combine(contentRoot, "wwwroot", "pane"),
            Path.Combine(contentRoot, "api", "wwwroot", "pane"),
            Path.Combine(AppContext.BaseDirectory, "wwwroot", "pane"),
        ];
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "index.html"))) ?? candidates[0];
    }

    internal static PaneConfig Resolve(PaneOptions options, IConfiguration configuration)
    {
        var clientId = Blank(options.ClientId) ?? Blank(configuration["AzureAd:ClientId"]);
        if (clientId is null)
            return new PaneConfig(null, null, null);
        var tenant = Blank(configuration["AzureAd:TenantId"]) ?? "common";
        var instance = (Blank(configuration["AzureAd:Instance"]) ?? "https://login.microsoftonline.com/").TrimEnd('/');
        return new PaneConfig(
            clientId,
            Blank(options.ApiScope) ?? $"{Blank(configuration["AzureAd:Audience"]) ?? "api://" + clientId}/access_as_user",
            Blank(options.Authority) ?? $"{instance}/{tenant}");
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
