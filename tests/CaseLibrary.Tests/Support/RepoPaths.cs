namespace CaseLibrary.Tests.Support;

/// <summary>Paths in the source tree: fixtures are read from there, never copied to bin/.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Cases => Path.Combine(Root, "cases");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "fixtures", name);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CaseLibrary.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("CaseLibrary.sln not found above the test binaries");
    }
}
