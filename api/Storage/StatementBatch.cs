using System.Data;
using System.Data.Common;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CrossDept.Storage;

/// <summary>
/// Several parameterised statements run in order inside the caller's transaction. PostgreSQL gets them as one command
/// (one round trip matters over a network; Npgsql sends each statement only its own parameters). SQLite gets one
/// prepared command per distinct statement text, re-bound per row: Microsoft.Data.Sqlite binds every parameter of a
/// command to every statement in it, so one command of N statements costs N² bindings (500 people and 500 agreements
/// held the write lock for minutes); per statement it costs N, and the database is in-process, so there is no round trip to save.
/// </summary>
public sealed partial class StatementBatch
{
    readonly List<(string Sql, object Values)> statements = [];

    public int Count => statements.Count;

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterName();

    public void Add(string statement, object values) => statements.Add((statement, values));

    public async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        if (statements.Count == 0)
            return;
        if (connection is SqliteConnection sqlite)
            await ExecuteEachAsync(sqlite, (SqliteTransaction)transaction, ct);
        else
            await ExecuteAsOneAsync(connection, transaction, ct);
    }

    async Task ExecuteEachAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        var prepared = new Dictionary<string, SqliteCommand>(StringComparer.Ordinal);
        try
        {
            foreach (var (sql, values) in statements)
            {
                ct.ThrowIfCancellationRequested();
                var properties = values.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance);
                if (!prepared.TryGetValue(sql, out var command))
                {
                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = sql;
                    var used = ParameterName().Matches(sql).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
                    foreach (var property in properties.Where(p => used.Contains(p.Name)))
                        command.Parameters.Add(new SqliteParameter("@" + property.Name, null));
                    command.Prepare();
                    prepared[sql] = command;
                }
                foreach (SqliteParameter parameter in command.Parameters)
                    parameter.Value = ToDb(values.GetType().GetProperty(parameter.ParameterName[1..])!.GetValue(values));
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            foreach (var command in prepared.Values)
                await command.DisposeAsync();
        }
    }

    async Task ExecuteAsOneAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var sql = new StringBuilder();
        var parameters = new DynamicParameters();
        for (var i = 0; i < statements.Count; i++)
        {
            var (statement, values) = statements[i];
            var prefix = $"b{i}_";
            sql.Append(ParameterName().Replace(statement, m => "@" + prefix + m.Groups[1].Value)).Append(";\n");
            foreach (var property in values.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                parameters.Add(prefix + property.Name, property.GetValue(values), TypeOf(property.PropertyType));
        }
        await connection.ExecuteAsync(new CommandDefinition(sql.ToString(), parameters, transaction, cancellationToken: ct));
    }

    static object ToDb(object? value) => value ?? DBNull.Value;

    // A typed null keeps PostgreSQL from having to guess a parameter's type.
    static DbType? TypeOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => DbType.String,
        var t when t == typeof(long) => DbType.Int64,
        var t when t == typeof(int) => DbType.Int32,
        _ => null,
    };
}
