using System.Diagnostics;
using CaseLibrary.Benchmarks.Shared;
using CaseLibrary.Build;

namespace CaseLibrary.Benchmarks.Search;

/// <summary>The whole site of a corpus, built by the generator in-process (as `caselib build` does) into the work folder.</summary>
public static class SiteBuild
{
    public static (string Folder, TimeSpan Elapsed) Build(string corpus, string theme, string output, string? baseUrl)
    {
        var clock = Stopwatch.StartNew();
        var result = new BuildPipeline().Run(new BuildOptions(corpus, theme, output, BaseUrl: baseUrl, DisplayRoot: RepoRoot.Path) { LunrIndex = true, SearchPath = BenchPrograms.SearchPath }, write: true);
        clock.Stop();
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
            throw new BenchFailedException($"the site of {corpus} does not build ({errors.Count} errors):\n" + string.Join('\n', errors.Take(10)));
        return (output, clock.Elapsed);
    }
}
