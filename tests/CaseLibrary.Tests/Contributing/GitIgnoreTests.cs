using System.Diagnostics;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Contributing;

/// <summary>
/// The build output and npm's folders are ignored whatever their type: a symbolic link named public or node_modules
/// cannot slip into a commit unnoticed (with <c>git add -f</c> it still can, which is why the build refuses links).
/// </summary>
public sealed class GitIgnoreTests
{
    [Theory]
    [InlineData("public", true)]
    [InlineData("theme/node_modules", true)]
    [InlineData("node_modules", true)]
    [InlineData("public", false)]
    [InlineData("theme/node_modules", false)]
    public void Public_and_node_modules_are_ignored_also_as_links_or_files(string path, bool asLink)
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(RepoPaths.Root, ".gitignore"), temp[".gitignore"]);
        Assert.Equal(0, Git(temp.Path, "init", "-q", ".").ExitCode);
        Directory.CreateDirectory(Path.GetDirectoryName(temp[path])!);
        if (asLink) Directory.CreateSymbolicLink(temp[path], "/");
        else File.WriteAllText(temp[path], "a file");
        temp.Write("cases/readme.md", "text");

        Assert.Equal(0, Git(temp.Path, "add", "-A").ExitCode);
        var (_, staged) = Git(temp.Path, "ls-files", "-s");

        Assert.Contains("cases/readme.md", staged);
        Assert.DoesNotContain(path, staged.Split('\n').Select(l => l.Split('\t').Last()));
    }

    private static (int ExitCode, string Output) Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "git did not finish in a minute");
        return (process.ExitCode, stdout + stderr.Result);
    }
}
