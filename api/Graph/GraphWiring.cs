using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace CrossDept.Graph;

public static class GraphWiring
{
    /// <summary>
    /// A GraphServiceClient per request, acting for the signed-in user (on-behalf-of), over one shared HttpClient whose
    /// pipeline is the SDK's default handlers with our resilience handler in place of the SDK's RetryHandler.
    /// </summary>
    public static IServiceCollection AddGraph(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(GraphSettings.Section).Get<GraphSettings>() ?? new GraphSettings();
        settings.Validate();
        services.AddSingleton(settings);
        services.AddHttpContextAccessor();
        services.AddSingleton<IGraphTokens, OnBehalfOfGraphTokens>();
        services.AddSingleton<GraphResilienceHandler>();
        services.AddSingleton(provider =>
        {
            var handlers = GraphClientFactory.CreateDefaultHandlers()
                .Select(h => h is RetryHandler ? provider.GetRequiredService<GraphResilienceHandler>() : h)
                .ToList();
            var client = GraphClientFactory.Create(handlers);
            // Polly's total timeout bounds every call; HttpClient's own would fire as an unexplained cancellation.
            client.Timeout = settings.TotalTimeout + TimeSpan.FromSeconds(5);
            return new GraphHttp(client);
        });
        services.AddScoped<SignedInUserTokenProvider>();
        services.AddScoped(provider => new GraphServiceClient(
            provider.GetRequiredService<GraphHttp>().Client,
            new BaseBearerTokenAuthenticationProvider(provider.GetRequiredService<SignedInUserTokenProvider>()),
            settings.BaseAddress.ToString().TrimEnd('/')));
        services.AddExceptionHandler<GraphProblems>();
        return services;
    }
}

/// <summary>The one HttpClient every GraphServiceClient shares (connection pooling, one resilience state).</summary>
public sealed record GraphHttp(HttpClient Client);
