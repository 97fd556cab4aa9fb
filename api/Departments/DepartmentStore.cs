using System.Globalization;
using System.Text.Json;
using CrossDept.Storage;
using CrossDept.Tracking;
using Dapper;

namespace CrossDept.Departments;

/// <summary>One department's stored settings: the tenant's (scope '') or one user's (scope = their object id).</summary>
public sealed record DepartmentSetting(string Scope, string Name, IReadOnlyList<PointPerson> PointPersons, int? ResponseMinutes, int? SolutionMinutes)
{
    public bool IsTenant => Scope.Length == 0;
}

/// <summary>
/// The departments' queries (Dapper, SQL beside the feature): settings per tenant and per user, the directory's department
/// per person, and the interest notes. Every statement is scoped by the tenant id, and a user's rows also by their object id.
/// </summary>
public sealed class DepartmentStore(Database db)
{
    /// <summary>The scope of the tenant's list, shared by every user of the tenant.</summary>
    public const string TenantScope = "";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
    static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>How names are compared: "Sales Ops" and "sales ops " are one department.</summary>
    public static string Key(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static string Address(string address) => address.Trim().ToLowerInvariant();

    /// <summary>"column is one of the list": Dapper expands IN for SQLite; Npgsql takes the list as one array parameter.</summary>
    string AnyOf(string column, string parameter) =>
        db.Provider == StorageProvider.Postgres ? $"{column} = ANY({parameter})" : $"{column} IN {parameter}";

    static CommandDefinition Cmd(string sql, object? args, CancellationToken ct, System.Data.Common.DbTransaction? tx = null) =>
        new(sql, args, tx, cancellationToken: ct);

    // Rows are classes with setters: the engines type the same column differently (SQLite long, PostgreSQL int) and Dapper converts into properties.
    sealed class SettingRow
    {
        public string Scope { get; set; } = "";
        public string Name { get; set; } = "";
        public string PointPersons { get; set; } = "[]";
        public long? ResponseMinutes { get; set; }
        public long? SolutionMinutes { get; set; }
    }

    // ---- settings ----

    /// <summary>The tenant's settings and the user's own.</summary>
    public Task<IReadOnlyList<DepartmentSetting>> SettingsAsync(Owner owner, CancellationToken ct) =>
        db.ReadAsync(async (c, token) => (IReadOnlyList<DepartmentSetting>)(await c.QueryAsync<SettingRow>(Cmd("""
            SELECT scope, name, point_persons, response_minutes, solution_minutes FROM department_setting
            WHERE tenant_id = @TenantId AND (scope = @Tenant OR scope = @ObjectId) ORDER BY name_key, scope
            """, new { owner.TenantId, owner.ObjectId, Tenant = TenantScope }, token)))
            .Select(r => new DepartmentSetting(r.Scope, r.Name, JsonSerializer.Deserialize<PointPerson[]>(r.PointPersons, Json) ?? [],
                (int?)r.ResponseMinutes, (int?)r.SolutionMinutes)).ToArray(), ct);

    /// <summary>Sets one department's settings in a scope (the tenant's or the user's); the same name again replaces them.</summary>
    public Task SaveAsync(Owner owner, string scope, string name, IReadOnlyList<PointPerson> pointPersons, int? responseMinutes, int? solutionMinutes,
        DateTimeOffset now, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(Cmd("""
            INSERT INTO department_setting (tenant_id, scope, name_key, name, point_persons, response_minutes, solution_minutes, updated_at, updated_by)
            VALUES (@TenantId, @Scope, @Key, @Name, @PointPersons, @ResponseMinutes, @SolutionMinutes, @Now, @By)
            ON CONFLICT (tenant_id, scope, name_key) DO UPDATE SET name = excluded.name, point_persons = excluded.point_persons,
                response_minutes = excluded.response_minutes, solution_minutes = excluded.solution_minutes,
                updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """, new { owner.TenantId, Scope = scope, Key = Key(name), Name = name.Trim(), PointPersons = JsonSerializer.Serialize(pointPersons, Json),
                ResponseMinutes = responseMinutes, SolutionMinutes = solutionMinutes, Now = Text(now), By = owner.ObjectId }, token, tx)), ct);

    /// <summary>Removes one department's settings from a scope; false when there were none.</summary>
    public async Task<bool> RemoveAsync(Owner owner, string scope, string name, CancellationToken ct) =>
        await db.WriteAsync((c, tx, token) => c.ExecuteAsync(Cmd(
            "DELETE FROM department_setting WHERE tenant_id = @TenantId AND scope = @Scope AND name_key = @Key",
            new { owner.TenantId, Scope = scope, Key = Key(name) }, token, tx)), ct) > 0;

    /// <summary>The demo directory's settings become the tenant's list where the tenant has none for that department yet.</summary>
    public Task SeedTenantAsync(string tenantId, IReadOnlyList<DirectoryDepartment> departments, DateTimeOffset now, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            foreach (var d in departments)
                await c.ExecuteAsync(Cmd("""
                    INSERT INTO department_setting (tenant_id, scope, name_key, name, point_persons, response_minutes, solution_minutes, updated_at, updated_by)
                    VALUES (@TenantId, @Scope, @Key, @Name, @PointPersons, @ResponseMinutes, @SolutionMinutes, @Now, NULL)
                    ON CONFLICT (tenant_id, scope, name_key) DO NOTHING
                    """, new { TenantId = tenantId, Scope = TenantScope, Key = Key(d.Name), Name = d.Name.Trim(),
                        PointPersons = JsonSerializer.Serialize(d.PointPersons, Json), ResponseMinutes = Minutes(d.ResponseHours),
                        SolutionMinutes = Minutes(d.FirstSolutionHours), Now = Text(now) }, token, tx));
            return 0;
        }, ct);

    public static int? Minutes(double? hours) => hours is { } h ? (int)Math.Round(h * 60) : null;

    // ---- the directory's departments ----

    /// <summary>Replaces the tenant's copy of the directory's departments with what was just read, in one transaction.</summary>
    public Task ReplaceDirectoryAsync(string tenantId, IReadOnlyList<DirectoryEntry> people, DateTimeOffset now, CancellationToken ct) =>
        db.WriteAsync(async (c, tx, token) =>
        {
            await c.ExecuteAsync(Cmd("DELETE FROM directory_department WHERE tenant_id = @TenantId", new { TenantId = tenantId }, token, tx));
            var batch = new StatementBatch();
            foreach (var p in people.DistinctBy(p => Address(p.Address)))
                batch.Add("""
                    INSERT INTO directory_department (tenant_id, address, name, department, refreshed_at) VALUES (@TenantId, @Address, @Name, @Department, @Now)
                    """, new { TenantId = tenantId, Address = Address(p.Address), p.Name, Department = p.Department.Trim(), Now = Text(now) });
            await batch.ExecuteAsync(c, tx, token);
            return 0;
        }, ct);

    sealed class DirectoryRow
    {
        public string Address { get; set; } = "";
        public string? Name { get; set; }
        public string Department { get; set; } = "";
    }

    /// <summary>The directory's department of each of these people (those it lists).</summary>
    public Task<IReadOnlyDictionary<string, DirectoryEntry>> DepartmentsOfAsync(string tenantId, IEnumerable<string> addresses, CancellationToken ct)
    {
        var wanted = addresses.Select(Address).Distinct().ToArray();
        if (wanted.Length == 0)
            return Task.FromResult<IReadOnlyDictionary<string, DirectoryEntry>>(new Dictionary<string, DirectoryEntry>());
        return db.ReadAsync(async (c, token) => (IReadOnlyDictionary<string, DirectoryEntry>)(await c.QueryAsync<DirectoryRow>(Cmd($"""
            SELECT address, name, department FROM directory_department WHERE tenant_id = @TenantId AND {AnyOf("address", "@Addresses")}
            """, new { TenantId = tenantId, Addresses = wanted }, token)))
            .ToDictionary(r => r.Address, r => new DirectoryEntry(r.Address, r.Name, r.Department), StringComparer.OrdinalIgnoreCase), ct);
    }

    sealed class CountRow
    {
        public string Department { get; set; } = "";
        public long People { get; set; }
    }

    /// <summary>Departments the directory lists, with how many people each, and when it was read (null: never).</summary>
    public Task<(IReadOnlyList<(string Department, int People)> Departments, DateTimeOffset? ReadAt)> DirectoryAsync(string tenantId, CancellationToken ct) =>
        db.ReadAsync(async (c, token) =>
        {
            var counts = (await c.QueryAsync<CountRow>(Cmd("""
                SELECT department, count(*) AS people FROM directory_department WHERE tenant_id = @TenantId GROUP BY department
                """, new { TenantId = tenantId }, token))).ToArray();
            var at = await c.ExecuteScalarAsync<string?>(Cmd("SELECT max(refreshed_at) FROM directory_department WHERE tenant_id = @TenantId",
                new { TenantId = tenantId }, token));
            return ((IReadOnlyList<(string, int)>)counts.Select(r => (r.Department, (int)r.People)).ToArray(), at is null ? (DateTimeOffset?)null : Instant(at));
        }, ct);

    // ---- interests ----

    sealed class InterestRow
    {
        public string Address { get; set; } = "";
        public string Note { get; set; } = "";
        public string UpdatedAt { get; set; } = "";
    }

    public Task<IReadOnlyList<Interest>> InterestsAsync(Owner owner, IReadOnlyList<string>? addresses, CancellationToken ct) =>
        db.ReadAsync(async (c, token) => (IReadOnlyList<Interest>)(await c.QueryAsync<InterestRow>(Cmd(addresses is null
            ? "SELECT address, note, updated_at FROM person_interest WHERE tenant_id = @TenantId AND object_id = @ObjectId ORDER BY address"
            : $"SELECT address, note, updated_at FROM person_interest WHERE tenant_id = @TenantId AND object_id = @ObjectId AND {AnyOf("address", "@Addresses")} ORDER BY address",
            new { owner.TenantId, owner.ObjectId, Addresses = addresses?.Select(Address).Distinct().ToArray() }, token)))
            .Select(r => new Interest(r.Address, r.Note, Instant(r.UpdatedAt))).ToArray(), ct);

    public Task SaveInterestAsync(Owner owner, string address, string note, DateTimeOffset now, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(Cmd("""
            INSERT INTO person_interest (tenant_id, object_id, address, note, updated_at) VALUES (@TenantId, @ObjectId, @Address, @Note, @Now)
            ON CONFLICT (tenant_id, object_id, address) DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at
            """, new { owner.TenantId, owner.ObjectId, Address = Address(address), Note = note.Trim(), Now = Text(now) }, token, tx)), ct);

    public async Task<bool> RemoveInterestAsync(Owner owner, string address, CancellationToken ct) =>
        await db.WriteAsync((c, tx, token) => c.ExecuteAsync(Cmd(
            "DELETE FROM person_interest WHERE tenant_id = @TenantId AND object_id = @ObjectId AND address = @Address",
            new { owner.TenantId, owner.ObjectId, Address = Address(address) }, token, tx)), ct) > 0;

    /// <summary>
    /// Erases the user's own rows: their department settings and interest notes. The tenant's list stays (it is the
    /// tenant's), but no longer says the user edited it.
    /// </summary>
    public async Task EraseAsync(Owner owner, CancellationToken ct)
    {
        await db.WriteAsync(async (c, tx, token) =>
        {
            var args = new { owner.TenantId, owner.ObjectId };
            await c.ExecuteAsync(Cmd("DELETE FROM department_setting WHERE tenant_id = @TenantId AND scope = @ObjectId", args, token, tx));
            await c.ExecuteAsync(Cmd("UPDATE department_setting SET updated_by = NULL WHERE tenant_id = @TenantId AND updated_by = @ObjectId", args, token, tx));
            return await c.ExecuteAsync(Cmd("DELETE FROM person_interest WHERE tenant_id = @TenantId AND object_id = @ObjectId", args, token, tx));
        }, ct);
        await db.ForgetErasedAsync(ct);
    }
}

/// <summary>DELETE /api/me/data erases the user's department settings and interest notes too.</summary>
sealed class DepartmentsEraser(DepartmentStore store) : IUserDataEraser
{
    public Task EraseAsync(Owner owner, CancellationToken ct) => store.EraseAsync(owner, ct);
}
