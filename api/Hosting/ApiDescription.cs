using System.Reflection;
using Microsoft.AspNetCore.Authentication;

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

    /// <summary>
    /// Swagger: open in Development and test environments; in Production off unless <c>Swagger:Enabled</c>, and then only for a
    /// signed-in user with <c>access_as_user</c> (<c>Swagger:RequireSignIn</c>, on by default there), so the API's shape is
    /// not published to anyone who asks.
    /// </summary>
    public static WebApplication UseApiDescription(this WebApplication app)
    {
        var enabled = app.Configuration.GetValue("Swagger:Enabled", !app.Environment.IsProduction());
        if (!enabled)
            return app;
        var signIn = app.Configuration.GetValue("Swagger:RequireSignIn", app.Environment.IsProduction());
        if (signIn)
        {
            // After authentication, before the Swagger middleware: the document and the UI both need the user.
            app.UseWhen(context => context.Request.Path.StartsWithSegments("/swagger"), branch => branch.Use(async (context, next) =>
            {
                var result = await context.RequestServices.GetRequiredService<Microsoft.AspNetCore.Authorization.IAuthorizationService>()
                    .AuthorizeAsync(context.User, null, Auth.SignIn.AccessAsUser);
                if (result.Succeeded)
                    await next(context);
                else if (context.User.Identity?.IsAuthenticated == true)
                    await context.ForbidAsync();
                else
                    await context.ChallengeAsync();
            }));
        }
        app.UseSwagger();
        app.UseSwaggerUI(options => options.DocumentTitle = "CrossDept API");
        return app;
    }
}
