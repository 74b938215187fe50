namespace CaseLibrary.BrowserTests.Support;

/// <summary>Paths in the source tree, found by walking up from the test binaries to CaseLibrary.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Cases => Path.Combine(Root, "cases");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>The six-language sample library the browser tests pin (never the real library, which contributors change).</summary>
    public static string Sample => Path.Combine(Root, "tests", "fixtures", "sample", "cases");

    /// <summary>Where screenshots go: artifacts/ is git-ignored.</summary>
    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CaseLibrary.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("CaseLibrary.sln not found above the test binaries");
    }
}
