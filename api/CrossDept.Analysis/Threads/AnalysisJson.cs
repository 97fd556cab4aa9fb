using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossDept.Threads;

/// <summary>The one JSON shape of the contract: camelCase names, enums as camelCase strings, dates as YYYY-MM-DD.</summary>
public static class AnalysisJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }

    public static readonly JsonSerializerOptions Options = Create(indented: true);

    static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = indented };
        Configure(options);
        return options;
    }
}
