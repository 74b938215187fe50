using CaseLibrary.Loading;

namespace CaseLibrary.Tests.Support;

/// <summary>
/// The programs of the machine the tests run on, found as the command line finds them: tests pass this PATH on, as
/// Program.Main does, because nothing in the generator reads the environment.
/// </summary>
public static class TestPrograms
{
    public static string? SearchPath { get; } = Environment.GetEnvironmentVariable("PATH");

    /// <summary>Node's absolute path; the tests that need Node fail with a plain message when it is not installed.</summary>
    public static string Node => new ProgramLocator(SearchPath, []).Find("node") ?? throw new InvalidOperationException("node was not found on PATH");

    /// <summary>An executable shell script at <paramref name="path"/> (folders created).</summary>
    public static string Script(string path, string body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "#!/bin/sh\n" + body);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
