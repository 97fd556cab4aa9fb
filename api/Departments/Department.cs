namespace CrossDept.Departments;

/// <summary>Someone a department names to take requests from other departments.</summary>
public sealed record PointPerson(string? Name, string Address)
{
    /// <example>Dan Moore</example>
    public string? Name { get; init; } = Name;

    /// <example>dan.moore@contoso.com</example>
    public string Address { get; init; } = Address;
}

/// <summary>Where a department's settings come from: the directory only (nothing agreed yet), the tenant's list (an admin's), or the user's own.</summary>
public enum DepartmentSource { Directory, Tenant, Mine }

/// <summary>A department as the signed-in user sees it: the tenant's settings, overridden by their own where they have some.</summary>
public sealed record Department
{
    /// <example>Sales Operations</example>
    public required string Name { get; init; }

    /// <summary>Whom asks to this department should go to.</summary>
    public required IReadOnlyList<PointPerson> PointPersons { get; init; }

    /// <summary>Agreed time to a first answer, in business hours (09:00-17:00, Monday to Friday); null when none is agreed (the 2-business-day rule applies).</summary>
    /// <example>4</example>
    public double? ResponseHours { get; init; }

    /// <summary>Agreed time to a first solution, in business hours; optional.</summary>
    /// <example>8</example>
    public double? FirstSolutionHours { get; init; }

    /// <summary>directory, tenant or mine.</summary>
    /// <example>tenant</example>
    public required DepartmentSource Source { get; init; }

    /// <summary>People the directory lists in it.</summary>
    /// <example>2</example>
    public int People { get; init; }

    /// <summary>The tenant's settings when the user's own override them (so the pane can show what "reset" goes back to).</summary>
    public Department? Tenant { get; init; }
}

/// <summary>The departments of the user's organisation.</summary>
public sealed record DepartmentList(IReadOnlyList<Department> Departments, bool CanShare, DateTimeOffset? DirectoryReadAt)
{
    /// <summary>Whether the caller may edit the tenant's list (an admin: app role CrossDept.Admin; the demo's owner).</summary>
    /// <example>false</example>
    public bool CanShare { get; init; } = CanShare;
}

/// <summary>Point persons and response times for one department.</summary>
public sealed record DepartmentEdit
{
    /// <summary>Up to 5 people; each needs an address.</summary>
    public IReadOnlyList<PointPerson?>? PointPersons { get; init; }

    /// <summary>Business hours to a first answer (0.5 to 200), or null for the default rule.</summary>
    /// <example>4</example>
    public double? ResponseHours { get; init; }

    /// <summary>Business hours to a first solution (0.5 to 2000, not less than responseHours), optional.</summary>
    /// <example>8</example>
    public double? FirstSolutionHours { get; init; }

    /// <summary>true: edit the tenant's list, shared with everyone in the tenant (admins only: 403 otherwise); false (default): the caller's own settings.</summary>
    /// <example>false</example>
    public bool Shared { get; init; }
}

/// <summary>What the user noted a person cares about.</summary>
public sealed record Interest(string Address, string Note, DateTimeOffset UpdatedAt)
{
    /// <example>raj.patel@contoso.com</example>
    public string Address { get; init; } = Address;

    /// <summary>A short note the user wrote (a team goal, a metric); never mail text.</summary>
    /// <example>hitting the Q4 pipeline-accuracy target his team reports to Dan</example>
    public string Note { get; init; } = Note;
}

/// <summary>A note about what a person cares about.</summary>
public sealed record InterestEdit
{
    /// <summary>1 to 280 characters.</summary>
    /// <example>hitting the Q4 pipeline-accuracy target his team reports to Dan</example>
    public string? Note { get; init; }
}

/// <summary>What reading the directory found.</summary>
public sealed record DirectoryRead(int People, int Departments, DateTimeOffset ReadAt);

/// <summary>One person with a department, as the directory gives it.</summary>
public sealed record DirectoryEntry(string Address, string? Name, string Department);

/// <summary>A department's settings as the directory file of the demo gives them (what an admin would have shared).</summary>
public sealed record DirectoryDepartment(string Name, IReadOnlyList<PointPerson> PointPersons, double? ResponseHours, double? FirstSolutionHours);
