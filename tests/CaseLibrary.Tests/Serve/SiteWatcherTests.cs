using CaseLibrary.Serve;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Serve;

/// <summary>What <see cref="SiteWatcher"/> reports, in a throwaway folder.</summary>
public sealed class SiteWatcherTests
{
    /// <summary>
    /// An editor (or File.WriteAllText) empties a file and then fills it; on a busy machine the two can be more than
    /// the watcher's quiet moment apart. The batch must not be reported while the file is empty, or the preview shows
    /// "the file is empty" (CL0110) for a save that was still being written.
    /// </summary>
    [Fact]
    public async Task A_file_being_written_is_reported_once_it_is_filled_not_while_it_is_empty()
    {
        using var temp = new TempFolder();
        var (folder, file) = await CaseFile(temp);
        var seen = new List<long>(); // the file's length when each batch was reported
        using var watcher = new SiteWatcher([folder], paths => { lock (seen) seen.Add(new FileInfo(file).Length); });

        await using (File.Create(file)) { } // emptied
        await Task.Delay(120); // longer than the quiet moment, shorter than the grace for an empty file
        await File.WriteAllTextAsync(file, "---\ntitle: Second\n---\n");
        await WaitFor(() => { lock (seen) return seen.Count > 0; });
        await Task.Delay(400);
        lock (seen) Assert.All(seen, length => Assert.True(length > 0, "a batch was reported while the file was empty"));
    }

    [Fact]
    public async Task A_file_that_stays_empty_is_reported_after_the_grace()
    {
        using var temp = new TempFolder();
        var (folder, file) = await CaseFile(temp);
        var batches = 0;
        using var watcher = new SiteWatcher([folder], paths => Interlocked.Increment(ref batches));

        await using (File.Create(file)) { }
        await WaitFor(() => Volatile.Read(ref batches) > 0);
    }

    /// <summary>A watched folder with one case file in it, not empty.</summary>
    private static async Task<(string Folder, string File)> CaseFile(TempFolder temp)
    {
        var folder = temp["cases"];
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "en.md");
        await File.WriteAllTextAsync(file, "---\ntitle: First\n---\n");
        return (folder, file);
    }

    private static async Task WaitFor(Func<bool> done)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!done())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10)) throw new TimeoutException("the watcher reported nothing in 10 s");
            await Task.Delay(10);
        }
    }
}
