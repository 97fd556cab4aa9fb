using System.Data;
using System.Data.Common;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;

namespace CrossDept.Storage;

/// <summary>
/// Several parameterised statements sent as one command: one round trip instead of one per row, which matters for
/// PostgreSQL on a busy machine. Written by hand because Dapper runs one command per call and Microsoft.Data.Sqlite
/// has no DbBatch; both engines accept several statements in one command text. Each statement's @names get a prefix.
/// </summary>
public sealed partial class StatementBatch
{
    readonly StringBuilder sql = new();
    readonly DynamicParameters parameters = new();
    int count;

    public int Count => count;

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterName();

    public void Add(string statement, object values)
    {
        var prefix = $"b{count++}_";
        sql.Append(ParameterName().Replace(statement, m => "@" + prefix + m.Groups[1].Value)).Append(";\n");
        foreach (var property in values.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            parameters.Add(prefix + property.Name, property.GetValue(values), TypeOf(property.PropertyType));
    }

    public async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        if (count > 0)
            await connection.ExecuteAsync(new CommandDefinition(sql.ToString(), parameters, transaction, cancellationToken: ct));
    }

    // A typed null keeps PostgreSQL from having to guess a parameter's type.
    static DbType? TypeOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => DbType.String,
        var t when t == typeof(long) => DbType.Int64,
        var t when t == typeof(int) => DbType.Int32,
        _ => null,
    };
}
