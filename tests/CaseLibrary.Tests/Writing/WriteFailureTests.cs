using System.Diagnostics;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Writing;

/// <summary>
/// Ordinary file-system failures of a build are diagnostics, not internal errors (exit 3, "please report this as a
/// bug"): an output path under a file (CL0727), a folder around the output that cannot be written (CL0730: the old site
/// stays), and an old site that cannot be deleted after the swap (CL0731: the build succeeds, the leftover is named).
/// A folder is made unwritable with <c>chattr +i</c> when the tests run as root (root ignores permissions), else with
/// <c>chmod a-w</c>; it is always undone.
/// </summary>
public sealed class WriteFailureTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly List<string> _locked = new();
    private readonly string _cases;

    public WriteFailureTests() => _cases = MiniLibrary.Write(_temp, ("a-case/en.md", MiniLibrary.Case()));

    public void Dispose()
    {
        foreach (var path in _locked) Unlock(path);
        _temp.Dispose();
    }

    [Fact]
    public void An_output_folder_under_a_file_is_refused_before_anything_is_built()
    {
        _temp.Write("afile", "x");

        var outcome = Caselib.Build(_cases, _temp["afile/sub"]);

        Assert.True(outcome.ExitCode == 2, outcome.Stderr);
        Assert.Contains("error CL0727: ", outcome.Stderr);
        Assert.Contains("lies under '" + _temp["afile"] + "', which is a file", outcome.Stderr);
        Assert.DoesNotContain("internal error", outcome.Stderr);
        Assert.Equal("x", File.ReadAllText(_temp["afile"]));
    }

    [LockableFolderFact]
    public void A_folder_around_the_output_that_cannot_be_written_is_a_diagnostic_and_the_old_site_stays()
    {
        Assert.True(Caselib.Build(_cases, _temp["out/site"]).ExitCode == 0);
        var before = FolderSnapshot.Of(_temp["out"]);
        Lock(_temp["out"]);

        var outcome = Caselib.Build(_cases, _temp["out/site"]);

        Assert.True(outcome.ExitCode == 1, outcome.Stderr);
        Assert.Contains("error CL0730: the site cannot be written to the output folder '" + _temp["out/site"] + "'", outcome.Stderr);
        Assert.DoesNotContain("internal error", outcome.Stderr);
        Unlock(_temp["out"]);
        Assert.Equal(before, FolderSnapshot.Of(_temp["out"]));
    }

    [LockableFolderFact]
    public void An_old_site_that_cannot_be_deleted_after_the_swap_is_a_warning_naming_what_is_left()
    {
        Assert.True(Caselib.Build(_cases, _temp["out/site"]).ExitCode == 0);
        File.WriteAllText(_temp["out/site/en/stale.txt"], "from the old site");
        Lock(_temp["out/site/en"]);

        var outcome = Caselib.Build(_cases, _temp["out/site"]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.DoesNotContain("internal error", outcome.Stderr);
        var leftover = Assert.Single(Directory.GetDirectories(_temp["out"], ".site.old-*"));
        Assert.Contains($"warning CL0731: the new site is in place, but the previous one, moved aside to '{leftover}', could not be deleted entirely", outcome.Stderr);
        Assert.False(File.Exists(_temp["out/site/en/stale.txt"]));
        Assert.True(File.Exists(_temp["out/site/en/index.html"]));
        Assert.True(File.Exists(_temp["out/site/.caselib-build"]));
        _locked.Remove(_temp["out/site/en"]);
        Unlock(Path.Combine(leftover, "en"));
    }

    private void Lock(string path)
    {
        _locked.Add(path);
        FolderLock.Lock(path);
        // The lock must hold, or the test would pass without testing anything.
        Assert.ThrowsAny<Exception>(() => File.WriteAllText(Path.Combine(path, "probe"), "x"));
    }

    private static void Unlock(string path) => FolderLock.Unlock(path);
}

/// <summary>
/// Makes a folder unwritable: <c>chattr +i</c> as root (root ignores permissions; needs CAP_LINUX_IMMUTABLE and a file
/// system with the flag), else <c>chmod a-w</c>.
/// </summary>
internal static class FolderLock
{
    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>Why no folder can be made unwritable on this machine (tried once on a throwaway folder), or null.</summary>
    public static readonly Lazy<string?> Unavailable = new(() =>
    {
        var probe = Directory.CreateTempSubdirectory("caselib-lock-probe-").FullName;
        try
        {
            if (!TryLock(probe, out var why)) return why;
            try
            {
                File.WriteAllText(Path.Combine(probe, "probe"), "x");
                return "a locked folder could still be written to here";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
        finally
        {
            Unlock(probe);
            try { Directory.Delete(probe, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    });

    public static void Lock(string path) => Assert.True(TryLock(path, out var why), why);

    public static void Unlock(string path)
    {
        if (!Path.Exists(path)) return;
        if (IsRoot) Run("chattr", ["-i", path], out _);
        else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserWrite);
    }

    private static bool TryLock(string path, out string why)
    {
        why = "";
        if (IsRoot) return Run("chattr", ["+i", path], out why);
        if (OperatingSystem.IsWindows()) { why = "no chmod on Windows"; return false; }
        File.SetUnixFileMode(path, File.GetUnixFileMode(path) & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
        return true;
    }

    private static bool Run(string program, string[] args, out string why)
    {
        why = "";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode == 0) return true;
            why = $"{program} {string.Join(' ', args)}: {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            why = $"{program}: {e.Message}";
        }
        return false;
    }
}

/// <summary>Runs only where a folder can be made unwritable (<see cref="FolderLock"/>); skipped, saying why, elsewhere.</summary>
public sealed class LockableFolderFactAttribute : FactAttribute
{
    public LockableFolderFactAttribute()
    {
        if (FolderLock.Unavailable.Value is { } why) Skip = "no folder can be made unwritable here: " + why;
    }
}
