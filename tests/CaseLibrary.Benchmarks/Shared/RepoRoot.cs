namespace CaseLibrary.Benchmarks.Shared;

/// <summary>The repository root (the folder with CaseLibrary.sln), found from the binaries or the current folder.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.GetFullPath(System.IO.Path.Combine([Path, .. parts]));

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "CaseLibrary.sln"))) return dir.FullName;
        }
        throw new BenchFailedException("CaseLibrary.sln not found above the benchmark binaries or the current folder");
    }
}
