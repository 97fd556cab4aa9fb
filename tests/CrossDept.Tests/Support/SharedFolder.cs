namespace CrossDept.Tests.Support;

/// <summary>
/// Finds the repository and the <c>shared/</c> folder that sits beside it (other projects' fixtures, the corpus).
/// Tests that need shared/ call <see cref="Require"/>: without it they are skipped with a message, and CI
/// (which has it) counts any skip as a failure.
/// </summary>
public static class SharedFolder
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>shared/ beside the repository, or CROSSDEPT_SHARED when set; null when absent.</summary>
    public static string? Root
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("CROSSDEPT_SHARED");
            if (!string.IsNullOrEmpty(configured))
                return Directory.Exists(configured) ? configured : null;
            var beside = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    /// <summary>The full path of a folder or file under shared/, or the test is skipped saying what is missing.</summary>
    public static string Require(string relative)
    {
        var root = Root;
        var path = root is null ? null : Path.Combine(root, relative);
        if (path is null || !(Directory.Exists(path) || File.Exists(path)))
            Assert.Ignore($"shared/{relative} is not beside the repository ({RepoRoot}); skipped. CI treats this skip as a failure.");
        return path!;
    }

    static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CrossDeptAddin.sln")))
                return dir.FullName;
        throw new InvalidOperationException("CrossDeptAddin.sln not found above " + AppContext.BaseDirectory);
    }
}
