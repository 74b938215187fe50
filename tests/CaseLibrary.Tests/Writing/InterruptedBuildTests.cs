using System.Diagnostics;
using System.Globalization;
using CaseLibrary.Tests.Support;
using CaseLibrary.Writing;
using Xunit.Abstractions;

namespace CaseLibrary.Tests.Writing;

/// <summary>
/// A build that is stopped leaves nothing beside the output folder: SIGINT or SIGTERM makes the real command line stop
/// writing, delete its staging folder and exit 130 / 143 with the old site untouched; the staging folder of a build that
/// was killed (SIGKILL cannot be caught) is deleted by the next build of the same output, and only that: a look-alike
/// that is not verifiably a stopped build's stays. Every test works in its own throwaway folder.
/// </summary>
public sealed class InterruptedBuildTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_next_build_deletes_the_staging_folder_a_killed_build_left_and_nothing_that_only_looks_like_one()
    {
        var cases = MiniLibrary.Write(_temp, ("a-case/en.md", MiniLibrary.Case()));
        Assert.True(Caselib.Build(cases, _temp["out/site"]).ExitCode == 0);
        var dead = DeadProcessId();
        var guid = Guid.NewGuid().ToString("N");
        // A killed build's staging folder, with a link inside to a folder outside: deleted, the link's target kept.
        var leftover = _temp[$"out/.site.new-{dead}-{guid}"];
        _temp.Write($"out/.site.new-{dead}-{guid}/en/index.html", "half a page");
        _temp.Write("elsewhere/keep.txt", "not the build's");
        Directory.CreateSymbolicLink(Path.Combine(leftover, "en", "outside"), _temp["elsewhere"]);
        // Look-alikes: a build that still runs (this process), a name that is not a staging folder's, another output's,
        // a link and a file with a staging folder's name.
        _temp.Write($"out/.site.new-{Environment.ProcessId}-{Guid.NewGuid():N}/running.txt", "a running build");
        _temp.Write($"out/.site.new-{dead}-notaguid/mine.txt", "mine");
        _temp.Write($"out/.site.new-{dead}-{Guid.NewGuid():N}.bak/mine.txt", "mine");
        _temp.Write($"out/.other.new-{dead}-{Guid.NewGuid():N}/other.txt", "another output's");
        _temp.Write($"out/site.new-{dead}-{Guid.NewGuid():N}/visible.txt", "not hidden");
        Directory.CreateSymbolicLink(_temp[$"out/.site.new-{dead}-{Guid.NewGuid():N}"], _temp["elsewhere"]);
        _temp.Write($"out/.site.new-{dead}-{Guid.NewGuid():N}", "a file");
        bool Rebuilt(string path) => path == "site" || path.StartsWith("site/", StringComparison.Ordinal) || path.StartsWith($".site.new-{dead}-{guid}", StringComparison.Ordinal);
        var others = FolderSnapshot.Of(_temp["out"], Rebuilt);

        var outcome = Caselib.Build(cases, _temp["out/site"]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains($"Removed 1 folder(s) that stopped builds left beside the output folder (unfinished sites, or previous sites moved aside): .site.new-{dead}-{guid}.", outcome.Stdout);
        Assert.False(Path.Exists(leftover));
        Assert.Equal(others, FolderSnapshot.Of(_temp["out"], Rebuilt));
        Assert.Equal("not the build's", File.ReadAllText(_temp["elsewhere/keep.txt"]));

        var again = Caselib.Build(cases, _temp["out/site"]);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.DoesNotContain("Removed", again.Stdout);
    }

    /// <summary>
    /// A build stopped between moving the previous site aside and moving the new one in leaves the previous site as
    /// <c>.site.old-…</c>, maybe its only copy: a failed build keeps it, the next build whose site is in place removes it.
    /// A look-alike that is not a build's site (no marker, not empty), or a running build's, stays.
    /// </summary>
    [Fact]
    public void The_previous_site_a_stopped_build_moved_aside_is_removed_once_a_new_site_is_in_place()
    {
        var cases = MiniLibrary.Write(_temp, ("a-case/en.md", MiniLibrary.Case()));
        var dead = DeadProcessId();
        var guid = Guid.NewGuid().ToString("N");
        var aside = _temp[$"out/.site.old-{dead}-{guid}"];
        _temp.Write($"out/.site.old-{dead}-{guid}/{OutputFolderGuard.MarkerName}", "");
        _temp.Write($"out/.site.old-{dead}-{guid}/en/index.html", "the last good site");
        var notASite = $".site.old-{dead}-{Guid.NewGuid():N}";
        _temp.Write($"out/{notASite}/notes.txt", "someone's folder, without the marker");
        var running = $".site.old-{Environment.ProcessId}-{Guid.NewGuid():N}";
        _temp.Write($"out/{running}/{OutputFolderGuard.MarkerName}", "");

        using var other = new TempFolder();
        var broken = MiniLibrary.Write(other, ("broken/en.md", MiniLibrary.Case().Replace("[listening]", "[listning]", StringComparison.Ordinal)));
        var failed = Caselib.Build(broken, _temp["out/site"]);
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal("the last good site", File.ReadAllText(Path.Combine(aside, "en", "index.html")));

        var outcome = Caselib.Build(cases, _temp["out/site"]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.False(Path.Exists(aside));
        Assert.Contains($": .site.old-{dead}-{guid}.", outcome.Stdout);
        Assert.True(File.Exists(_temp[$"out/{notASite}/notes.txt"]));
        Assert.True(Directory.Exists(_temp[$"out/{running}"]));
        Assert.True(File.Exists(_temp["out/site/en/index.html"]));
    }

    [Fact]
    public void A_staging_folder_refuses_every_write_once_the_build_is_interrupted_and_is_deleted_when_disposed()
    {
        using var interrupt = new CancellationTokenSource();
        var staging = new StagingFolder(_temp["out/site"], interrupt.Token);
        staging.Write("en/index.html", "x"u8);

        interrupt.Cancel();

        Assert.Throws<OperationCanceledException>(() => staging.Write("en/other.html", "x"u8));
        Assert.Throws<OperationCanceledException>(() => staging.Commit());
        staging.Dispose();
        Assert.False(Path.Exists(staging.Folder));
        Assert.False(Path.Exists(_temp["out/site"]));
        Assert.Throws<OperationCanceledException>(() => staging.Write("en/late.html", "x"u8));
        Assert.False(Path.Exists(staging.Folder));
    }

    [Fact]
    public async Task SIGINT_during_a_build_deletes_the_staging_folder_leaves_the_old_site_and_exits_130()
    {
        if (!OperatingSystem.IsLinux())
        {
            output.WriteLine("skipped: needs Linux (kill, env --default-signal)");
            return;
        }
        var caselib = Path.Combine(AppContext.BaseDirectory, "caselib.dll");
        Assert.True(File.Exists(caselib), $"{caselib} not found next to the tests");
        // Big enough to be still writing when the signal comes, on a loaded two-core machine too.
        var cases = MiniLibrary.Write(_temp);
        for (var i = 0; i < 600; i++)
        {
            _temp.Write($"cases/case-{i:D4}/en.md", MiniLibrary.Case(title: $"Case {i}", body: $"## Context\n\nCase number {i} about listening and trust.\n"));
            _temp.Write($"cases/case-{i:D4}/it.md", MiniLibrary.Case(title: $"Caso {i}", extra: "translators: [ann-smith]", body: $"## Contesto\n\nCaso numero {i} sull'ascolto.\n"));
        }
        // An earlier build's site (its marker makes it replaceable), which the interrupted build must leave as it was.
        _temp.Write("out/site/.caselib-build", OutputFolderGuard.MarkerText);
        _temp.Write("out/site/index.html", "the old site");
        var before = FolderSnapshot.Of(_temp["out"]);

        // A background job of a non-interactive shell starts with SIGINT ignored, and a child keeps that; env restores it.
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _temp.Path };
        foreach (var arg in new[] { "--default-signal=INT", "dotnet", caselib, "build", "--source", cases, "--theme", RepoPaths.Theme, "--out", _temp["out/site"] })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            const string staging = ".site.new-";
            var clock = Stopwatch.StartNew();
            while (!Writing(_temp["out"], staging))
            {
                if (process.HasExited) Assert.Fail($"the build ended (exit {process.ExitCode}) before a file was seen in its staging folder:\n{await stdout}\n{await stderr}");
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), "no staging folder with a file in it after 3 minutes");
                await Task.Delay(50);
            }
            output.WriteLine($"staging folder written after {clock.Elapsed.TotalSeconds:F1} s");

            Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
            var exited = process.WaitForExitAsync();
            Assert.True(await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMinutes(2))) == exited, "the build still runs 2 minutes after SIGINT");
            var (printed, errors) = (await stdout, await stderr);
            output.WriteLine(printed + "\n" + errors);

            Assert.Equal(130, process.ExitCode);
            Assert.Equal($"caselib: build interrupted (SIGINT): nothing was changed in {_temp["out/site"]}.", errors.Trim());
            Assert.Empty(Directory.GetFileSystemEntries(_temp["out"], ".site.new-*", new EnumerationOptions { AttributesToSkip = 0 }));
            Assert.Equal(before, FolderSnapshot.Of(_temp["out"]));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Whether a staging folder starting with <paramref name="prefix"/> is in <paramref name="folder"/> with a file in it.</summary>
    private static bool Writing(string folder, string prefix)
    {
        try
        {
            return Directory.GetDirectories(folder, prefix + "*", new EnumerationOptions { AttributesToSkip = 0 })
                .Any(d => Directory.EnumerateFiles(d, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).Any());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // deleted while looked at
        }
    }

    /// <summary>The id of a process that has ended (a real id, so a leftover's name is as a build makes it).</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
