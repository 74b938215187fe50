using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>Output level: the tiny fixture library builds into exactly the golden site, twice, and under a sub-path.</summary>
public sealed class GoldenSiteTests
{
    private static readonly string TinyCases = Path.Combine(RepoPaths.Fixture("tiny"), "cases");

    [Fact]
    public void Tiny_library_builds_into_the_golden_site()
    {
        using var temp = new TempFolder();
        var outcome = Caselib.Build(TinyCases, temp["public"]);
        Assert.Equal([], Directory.EnumerateDirectories(temp.Path).Select(Path.GetFileName).Where(n => n != "public"));
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        // Published assets are copies: lunr's are checked against node_modules and the theme's against theme/assets
        // below, instead of being copied into the golden folder (lunr must never be vendored into the repository).
        Golden.AssertFolder(Path.Combine(RepoPaths.Fixture("tiny"), "expected"), temp["public"], f => f.StartsWith("assets/", StringComparison.Ordinal));
        foreach (var source in Directory.GetFiles(Path.Combine(RepoPaths.Theme, "assets"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Path.Combine(RepoPaths.Theme, "assets"), source);
            if (CaseLibrary.Search.SearchAssets.IsWorkerOnly(relative.Replace('\\', '/'))) continue; // checked in the worker file below
            var stem = Path.Combine(temp["public/assets"], Path.ChangeExtension(relative, null));
            var published = Directory.GetFiles(Path.GetDirectoryName(stem)!)
                .Where(f => f == Path.Combine(temp["public/assets"], relative) || (Path.GetFileName(f).StartsWith(Path.GetFileName(stem) + ".", StringComparison.Ordinal) && f.EndsWith(Path.GetExtension(relative), StringComparison.Ordinal)))
                .ToList();
            var copy = Assert.Single(published);
            Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(copy));
        }
        // A worker file per language: lunr's own minified build (the pinned lunr.min.js) byte for byte, then that
        // language's stemmer with its support (lunr-languages' minified files; none for English), then the theme's
        // worker scripts, each whole. The stemmers are also published apart, byte for byte, for searches in all languages.
        var parts = CaseLibrary.Search.SearchAssets.WorkerParts.Select(p => File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", p))).ToList();
        var lunrJs = File.ReadAllText(Path.Combine(RepoPaths.Theme, "node_modules", "lunr", "lunr.min.js"));
        var min = Path.Combine(RepoPaths.Theme, "node_modules", "lunr-languages", "min");
        string[] italian = [File.ReadAllText(Path.Combine(min, "lunr.stemmer.support.min.js")), File.ReadAllText(Path.Combine(min, "lunr.it.min.js"))];
        Assert.Equal(2, Directory.GetFiles(temp["public/assets/js"], "search-worker.*.js").Length);
        foreach (var (lang, stemmer) in new[] { ("en", Array.Empty<string>()), ("it", italian) })
        {
            var worker = Assert.Single(Directory.GetFiles(temp["public/assets/js"], $"search-worker.{lang}.*.js"));
            Assert.Equal(CaseLibrary.Search.SearchAssets.WorkerText(lunrJs, [.. stemmer, .. parts]), File.ReadAllText(worker));
            Assert.StartsWith(lunrJs, File.ReadAllText(worker), StringComparison.Ordinal);
            // Every page of the language starts its own worker: the header box's and the search page's.
            foreach (var page in Directory.GetFiles(temp[$"public/{lang}"], "index.html", SearchOption.AllDirectories))
                foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(page), "data-worker=\"([^\"]*)\""))
                    Assert.Equal("/assets/js/" + Path.GetFileName(worker), m.Groups[1].Value);
        }
        var vendor = Directory.GetFiles(temp["public/assets/vendor"]).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, vendor.Count);
        Assert.Equal(File.ReadAllBytes(Path.Combine(min, "lunr.stemmer.support.min.js")),
            File.ReadAllBytes(Path.Combine(temp["public/assets/vendor"], Assert.Single(vendor, f => f!.StartsWith("lunr.stemmer.support.", StringComparison.Ordinal))!)));
        Assert.Equal(File.ReadAllBytes(Path.Combine(min, "lunr.it.min.js")),
            File.ReadAllBytes(Path.Combine(temp["public/assets/vendor"], Assert.Single(vendor, f => f!.StartsWith("lunr.it.", StringComparison.Ordinal))!)));
    }

    [Fact]
    public void Two_builds_are_byte_identical()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Caselib.Build(RepoPaths.Cases, temp["one"]).ExitCode);
        Assert.Equal(0, Caselib.Build(RepoPaths.Cases, temp["two"]).ExitCode);
        var one = Directory.EnumerateFiles(temp["one"], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp["one"], f)).Order(StringComparer.Ordinal).ToList();
        var two = Directory.EnumerateFiles(temp["two"], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp["two"], f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(one, two);
        Assert.True(one.Count > 200);
        foreach (var file in one)
            Assert.True(File.ReadAllBytes(Path.Combine(temp["one"], file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp["two"], file))), $"{file} differs between two builds");
    }

    [Fact]
    public void Every_link_and_asset_respects_a_sub_path()
    {
        using var temp = new TempFolder();
        var outcome = Caselib.Build(TinyCases, temp["public"], "--base-url", "https://example.org/library");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var pages = Directory.EnumerateFiles(temp["public"], "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var addresses = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
            foreach (var address in addresses.Where(a => a.StartsWith('/')))
                Assert.StartsWith("/library/", address);
            foreach (var address in addresses.Where(a => a.StartsWith("https://example.org", StringComparison.Ordinal)))
                Assert.StartsWith("https://example.org/library/", address);
        }
        Assert.Contains("<loc>https://example.org/library/en/cases/alpha-case/</loc>", File.ReadAllText(temp["public/sitemap.xml"]));
        Assert.Contains("Sitemap: https://example.org/library/sitemap.xml", File.ReadAllText(temp["public/robots.txt"]));
    }
}
