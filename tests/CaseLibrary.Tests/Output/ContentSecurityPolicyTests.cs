using AngleSharp.Html.Parser;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// The Content-Security-Policy is a theme convention (a meta tag in baseof.html), so it is asserted on every HTML page
/// of a built fixture site: present once, before any stylesheet or script, and strict (images from this site only,
/// so no case can make readers' browsers call a third party). Case images from other sites are therefore refused at
/// build time with a hint; links to other sites stay allowed.
/// </summary>
public sealed class ContentSecurityPolicyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "", StringComparer.Ordinal);

    [Fact]
    public void Every_page_of_a_built_site_carries_the_strict_policy_before_any_resource()
    {
        var outcome = Caselib.Build(RepoPaths.Fixture("tiny") + "/cases", _temp["out"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var pages = Directory.EnumerateFiles(_temp["out"], "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 20, $"only {pages.Count} pages");
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            var name = Path.GetRelativePath(_temp["out"], page);
            var document = parser.ParseDocument(File.ReadAllText(page));
            var metas = document.QuerySelectorAll("meta[http-equiv]").Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(metas.Count == 1, $"{name}: {metas.Count} CSP meta tags");
            var meta = metas[0];
            Assert.True(meta.ParentElement == document.Head, $"{name}: the CSP meta tag is not in <head>");
            var first = document.Head!.QuerySelector("link[rel~=stylesheet], script, style, link[rel~=preload]");
            Assert.True(first is null || meta.CompareDocumentPosition(first).HasFlag(AngleSharp.Dom.DocumentPositions.Following), $"{name}: the CSP comes after a stylesheet or script");

            var policy = Directives(meta.GetAttribute("content")!);
            Assert.Equal("'self'", policy.GetValueOrDefault("default-src"));
            Assert.Equal("'self'", policy.GetValueOrDefault("script-src"));
            Assert.Equal("'self'", policy.GetValueOrDefault("style-src"));
            Assert.Equal("'self'", policy.GetValueOrDefault("img-src"));
            Assert.Equal("'none'", policy.GetValueOrDefault("object-src"));
            Assert.Equal("'none'", policy.GetValueOrDefault("base-uri"));
            Assert.Equal("'self'", policy.GetValueOrDefault("form-action"));
            Assert.All(policy.Values, v => Assert.DoesNotContain("unsafe", v, StringComparison.Ordinal));
            Assert.All(policy.Values, v => Assert.DoesNotContain("https:", v, StringComparison.Ordinal));
            Assert.All(policy.Values, v => Assert.DoesNotContain("*", v, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Links_to_other_sites_stay_allowed_while_their_images_are_refused()
    {
        var allowed = MiniLibrary.Write(_temp, ("a-case/en.md", MiniLibrary.Case(body:
            "## Context\n\nSee [the report](https://example.org/report.png), <https://example.org/> and [mail](mailto:a@example.org).\n")));
        var outcome = Caselib.Check(allowed, _temp.Path);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);

        _temp.Write("cases/a-case/en.md", MiniLibrary.Case(body: "## Context\n\n![Chart](https://example.org/chart.png)\n"));
        var refused = Caselib.Check(allowed, _temp.Path);
        Assert.Equal(1, refused.ExitCode);
        var line = Assert.Single(refused.DiagnosticLines);
        Assert.StartsWith("cases/a-case/en.md(12,1): error CL0402: images from other sites are not allowed: download the image, put the file beside the case", line);
    }

    public void Dispose() => _temp.Dispose();
}
