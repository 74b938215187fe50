using CaseLibrary.Build;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// The menu marks the list a page belongs to: aria-current="page" on the list's own page, "true" on a page under it (a
/// case page said its "All cases" link was the current page, a reader's review found).
/// </summary>
public sealed class CurrentPageMarkTests
{
    [Fact]
    public void A_case_page_marks_its_list_as_the_current_section_and_the_list_page_as_the_current_page()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var result = new BuildPipeline().Run(new BuildOptions(cases, RepoPaths.Theme, "unused", DisplayRoot: temp.Path), write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        string Page(string path) => System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes);
        string? Mark(string page, string href)
        {
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page(page));
            return document.QuerySelector($"nav.main-nav a[href='{href}']")?.GetAttribute("aria-current");
        }

        Assert.Equal("true", Mark("en/cases/a-case/index.html", "/en/cases/"));
        Assert.Equal("page", Mark("en/cases/index.html", "/en/cases/"));
        Assert.Equal("true", Mark("en/competences/listening/index.html", "/en/competences/"));
        Assert.Equal("page", Mark("en/competences/index.html", "/en/competences/"));
        Assert.Null(Mark("en/cases/a-case/index.html", "/en/competences/"));
    }
}
