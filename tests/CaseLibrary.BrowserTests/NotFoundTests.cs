using System.Text.RegularExpressions;
using CaseLibrary.BrowserTests.Support;

namespace CaseLibrary.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class NotFoundTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task Missing_URLs_answer_404_with_the_styled_404_page()
    {
        // One block per language; the page shows the block of the address's language (else the browser's, else the default).
        var headings = H1().Matches(fixture.Site.ReadFile("404.html")).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        Assert.True(headings.Count >= 2 && headings.Values.All(h => h.Length > 0), "404.html has no h1 per language");
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);

        string[] missing = ["/no-such-page/", "/en/cases/no-such-case/", "/fr/missing.html"];
        foreach (var path in missing)
        {
            var response = await session.Page.GotoAsync(path);

            Assert.NotNull(response);
            Assert.Equal(404, response.Status);
            Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
            Assert.Equal(1, await session.Page.Locator("body.page-404").CountAsync());
            Assert.Equal(headings[path.StartsWith("/fr/", StringComparison.Ordinal) ? "fr" : "en"], (await session.Page.Locator("main h1:visible").InnerTextAsync()).Trim());
            Assert.Equal(fixture.Url(path).ToString(), session.Page.Url);
        }

        // Only the three documents themselves may fail: the page's stylesheet and links use root-relative URLs.
        var documents = missing.Select(p => fixture.Url(p).ToString()).ToList();
        var others = problems.All.Where(p => !documents.Any(d => p.Contains(d, StringComparison.Ordinal))).ToList();
        Assert.True(others.Count == 0, string.Join("\n", others));
    }

    [GeneratedRegex(@"<div class=""not-found-lang"" lang=""([a-z]+)""[^>]*>\s*<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();
}
