using CaseLibrary.Build;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Serve;

/// <summary>
/// serve's preview of an edit (<see cref="BuildOptions.OnlyCases"/>) reads only the edited case folders again and
/// takes everything else from the last load, so one edit does not stat thousands of files.
/// </summary>
public sealed class PreviewLoadTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private BuildCache _cache = new();

    private BuildOptions Options(string cases) => new(cases, RepoPaths.Theme, "", DisplayRoot: _temp.Path);

    /// <summary>A serve run: the cache goes in, and the one it hands back is kept for the next run (as LiveSite does).</summary>
    private BuildResult Serve(BuildOptions options)
    {
        var result = new BuildPipeline().Run(options, BuildPlan.Serve, _cache);
        _cache = result.Cache!;
        return result;
    }

    private string CopyTiny()
    {
        var cases = _temp["cases"];
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Fixture("tiny") + "/cases", "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(cases, Path.GetRelativePath(RepoPaths.Fixture("tiny") + "/cases", file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return cases;
    }

    private static string Page(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes);

    [Fact]
    public void A_preview_reads_the_edited_folder_again_and_nothing_else()
    {
        var cases = CopyTiny();
        var options = Options(cases);
        var full = Serve(options);
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        var others = full.Model!.Cases.Select(c => c.Id).Where(id => id != "alpha-case").ToList();
        Assert.NotEmpty(others);

        // Edit alpha-case; break every other case folder on disk: a preview that read them would fail.
        var file = Path.Combine(cases, "alpha-case", "en.md");
        File.WriteAllText(file, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(file), "(?m)^title: .*$", "title: \"Alpha, previewed\""));
        foreach (var id in others)
            foreach (var md in Directory.GetFiles(Path.Combine(cases, id), "*.md")) File.WriteAllText(md, "---\ntitle: [unclosed\n---\n");

        var preview = Serve(options with { OnlyCases = new HashSet<string>(["alpha-case"]) });
        Assert.True(preview.Succeeded, string.Join("\n", preview.Diagnostics));
        Assert.Contains("Alpha, previewed", Page(preview, "en/cases/alpha-case/index.html"));
        Assert.Equal(full.Model.Cases.Select(c => c.Id), preview.Model!.Cases.Select(c => c.Id));
        Assert.DoesNotContain(preview.Files, f => others.Any(id => f.Path.Contains("/" + id + "/", StringComparison.Ordinal)));

        // The full build that follows reads everything and reports the broken files.
        var rebuilt = Serve(options);
        Assert.False(rebuilt.Succeeded);
        Assert.Contains(rebuilt.Diagnostics, d => d.IsError && others.Any(id => d.ToString().Contains(id + "/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_preview_of_a_folder_that_is_gone_drops_it()
    {
        var cases = CopyTiny();
        var options = Options(cases);
        Assert.True(Serve(options).Succeeded);
        Directory.Delete(Path.Combine(cases, "alpha-case"), recursive: true);
        var preview = Serve(options with { OnlyCases = new HashSet<string>(["alpha-case"]) });
        Assert.DoesNotContain(preview.Model?.Cases ?? [], c => c.Id == "alpha-case");
        Assert.DoesNotContain(preview.Files, f => f.Path.Contains("/alpha-case/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_hands_back_the_next_cache_and_leaves_the_one_it_was_given_as_it_was()
    {
        var options = Options(CopyTiny());
        var given = new BuildCache();
        var result = new BuildPipeline().Run(options, BuildPlan.Serve, given);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Null(given.Sources);
        var next = Assert.IsType<BuildCache>(result.Cache);
        Assert.NotSame(given, next);
        Assert.Same(given.Files, next.Files);
        Assert.Same(given.Parses, next.Parses);
        Assert.Equal(result.Model!.Cases.Select(c => c.Id).Order(StringComparer.Ordinal), next.Sources!.Cases.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Null(new BuildPipeline().Run(options, BuildPlan.Check).Cache);
    }

    public void Dispose() => _temp.Dispose();
}
