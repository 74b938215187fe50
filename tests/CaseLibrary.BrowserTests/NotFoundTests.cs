using System.Text.RegularExpressions;
using CaseLibrary.BrowserTests.Support;

namespace CaseLibrary.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class NotFoundTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task Missing_URLs_answer_404_with_the_styled_404_page()
    {
        var expectedHeading = H1().Match(fixture.Site.ReadFile("404.html")).Groups[1].Value.Trim();
        Assert.False(string.IsNullOrEmpty(expectedHeading), "404.html has no h1");
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
            Assert.Equal(expectedHeading, (await session.Page.Locator("main h1").InnerTextAsync()).Trim());
            Assert.Equal(fixture.Url(path).ToString(), session.Page.Url);
        }

        // Only the three documents themselves may fail: the page's stylesheet and links use root-relative URLs.
        var documents = missing.Select(p => fixture.Url(p).ToString()).ToList();
        var others = problems.All.Where(p => !documents.Any(d => p.Contains(d, StringComparison.Ordinal))).ToList();
        Assert.True(others.Count == 0, string.Join("\n", others));
    }

    [GeneratedRegex(@"<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();
}
