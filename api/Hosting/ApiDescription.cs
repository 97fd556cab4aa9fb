using System.Reflection;

namespace CrossDept.Hosting;

public static class ApiDescription
{
    /// <summary>Swagger: every endpoint with its summary, and the XML docs' examples on every field.</summary>
    public static IServiceCollection AddApiDescription(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new() { Title = "CrossDept API", Version = "v1",
                Description = "Turns an email conversation into written agreements, drafts the confirmation, and tracks everyone asked." });
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            if (File.Exists(xml))
                options.IncludeXmlComments(xml);
        });
        return services;
    }

    public static WebApplication UseApiDescription(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options => options.DocumentTitle = "CrossDept API");
        return app;
    }
}
