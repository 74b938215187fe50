using System.Collections.Concurrent;
using CaseLibrary.Build;
using CaseLibrary.Rendering;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Rendering;

/// <summary>
/// Rendering streams (issue 12): every page is handed on while the render stage is still running, and no stage keeps
/// it: by the time the link check starts, every page can be collected, so the check works on the compact records and
/// memory does not grow with the number of pages. <c>build</c> still writes the whole site only after the check.
/// </summary>
public sealed class RenderStreamTests
{
    private static readonly string TinyCases = Path.Combine(RepoPaths.Fixture("tiny"), "cases");

    [Theory]
    [InlineData(BuildPlan.Check)]
    [InlineData(BuildPlan.Build)]
    public void Every_page_streams_past_during_the_render_stage(BuildPlan plan)
    {
        using var temp = new TempFolder();
        var stages = new StageLog();
        var watcher = new StreamWatcher(stages);

        var result = new BuildPipeline(stages, observer: watcher).Run(
            new BuildOptions(TinyCases, RepoPaths.Theme, temp["public"], DisplayRoot: RepoPaths.Root) { SearchPath = TestPrograms.SearchPath }, plan);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.PageCount > 10, $"{result.PageCount} pages");
        // Every page went by while "render" was the running stage: none was collected first and handed on at the end.
        Assert.Equal(result.PageCount, watcher.PagesSeenIn("render"));
        Assert.Equal(result.PageCount, watcher.Pages.Count);
        Assert.Empty(result.Files); // only serve keeps the files
        Assert.Equal(plan == BuildPlan.Build, File.Exists(temp["public/en/index.html"]));
    }

    [Fact]
    public void No_page_is_held_once_the_link_check_starts()
    {
        var stages = new StageLog();
        var watcher = new StreamWatcher(stages);
        int? alive = null;
        stages.OnStart = stage =>
        {
            if (stage != "check") return;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            alive = watcher.Pages.Count(p => p.TryGetTarget(out _));
        };

        var result = new BuildPipeline(stages, observer: watcher).Run(new BuildOptions(TinyCases, RepoPaths.Theme, "unused", DisplayRoot: RepoPaths.Root), BuildPlan.Check);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(watcher.Pages.Count > 10);
        Assert.Equal(0, alive);
    }

    [Fact]
    public void Serve_keeps_every_file_in_memory_sorted_by_path()
    {
        var result = new BuildPipeline().Run(new BuildOptions(TinyCases, RepoPaths.Theme, "unused", DisplayRoot: RepoPaths.Root) { SearchPath = TestPrograms.SearchPath }, BuildPlan.Serve);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(result.Paths, result.Files.Select(f => f.Path));
        Assert.Equal(result.PageCount, result.Files.Count(f => f.IsPage));
        Assert.Equal(result.Files.Select(f => f.Path).Order(StringComparer.Ordinal), result.Files.Select(f => f.Path));
    }

    /// <summary>The stage running now, reported synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class StageLog : IProgress<string>
    {
        private volatile string _current = "";

        public Action<string>? OnStart { get; set; }

        public string Current => _current;

        public void Report(string value)
        {
            _current = value;
            OnStart?.Invoke(value);
        }
    }

    /// <summary>Notes, for each page, the stage that was running when it went by; keeps only a weak reference to it.</summary>
    private sealed class StreamWatcher(StageLog stages) : IOutputSink
    {
        private readonly ConcurrentBag<(string Stage, string Path)> _seen = new();
        private readonly ConcurrentBag<WeakReference<OutputFile>> _pages = new();

        public IReadOnlyList<WeakReference<OutputFile>> Pages => _pages.ToList();

        public int PagesSeenIn(string stage) => _seen.Count(s => s.Stage == stage);

        public void Add(OutputFile file)
        {
            if (!file.IsPage) return;
            _seen.Add((stages.Current, file.Path));
            _pages.Add(new WeakReference<OutputFile>(file));
        }
    }
}
