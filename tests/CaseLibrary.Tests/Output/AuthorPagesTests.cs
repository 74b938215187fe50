using AngleSharp.Html.Parser;
using CaseLibrary.Rendering;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// Only authors credited on a case (as author or translator) get a page and a place in the authors list; the list
/// paginates like the lists of cases, with <see cref="Paginator.NamesSize"/> names a page.
/// </summary>
public sealed class AuthorPagesTests
{
    [Fact]
    public void An_author_without_cases_has_no_page_and_is_not_listed()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("first/en.md", MiniLibrary.Case()));
        File.WriteAllText(Path.Combine(cases, "authors.yaml"), MiniLibrary.AuthorsYaml + "\nuncredited-person:\n  name: Uncredited Person\n");

        var outcome = Caselib.Build(cases, temp["public"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);

        Assert.True(File.Exists(Path.Combine(temp["public"], "en", "authors", "ann-smith", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(temp["public"], "en", "authors", "uncredited-person")));
        var list = File.ReadAllText(Path.Combine(temp["public"], "en", "authors", "index.html"));
        Assert.Contains("Ann Smith", list);
        Assert.DoesNotContain("Uncredited Person", list);
    }

    [Fact]
    public void A_list_of_more_authors_than_a_page_holds_splits_into_pages_that_name_each_author_once_in_the_files_order()
    {
        const int count = Paginator.NamesSize + 7;
        const int perCase = 40;
        using var temp = new TempFolder();
        var ids = Enumerable.Range(0, count).Select(i => $"person-{i:D3}").ToList();
        var cases = Enumerable.Range(0, (count + perCase - 1) / perCase).Select(n => ($"case-{n:D2}/en.md", $"""
            ---
            title: "Case {n:D2}"
            summary: A summary.
            country: IE
            competences: [listening]
            authors: [{string.Join(", ", ids.Skip(n * perCase).Take(perCase))}]
            date: 2024-01-02
            ---
            ## Context

            Text.
            """)).ToArray();
        var folder = MiniLibrary.Write(temp, cases);
        // Names in reverse order of ids: the list keeps the order of authors.yaml, not of ids or names.
        File.WriteAllText(Path.Combine(folder, "authors.yaml"), string.Concat(ids.Select((id, i) => $"{id}:\n  name: Person {count - i:D3}\n")));

        var outcome = Caselib.Build(folder, temp["public"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);

        foreach (var lang in new[] { "en", "it" })
        {
            string[] Names(string relative)
            {
                var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(temp["public"], lang, "authors", relative, "index.html")));
                return page.QuerySelectorAll("ul.terms > li > a").Select(a => a.TextContent).ToArray();
            }
            var first = Names("");
            var second = Names(Path.Combine("page", "2"));
            Assert.Equal(Paginator.NamesSize, first.Length);
            Assert.Equal(count - Paginator.NamesSize, second.Length);
            Assert.False(Directory.Exists(Path.Combine(temp["public"], lang, "authors", "page", "3")), $"{lang}: a third page of authors");
            Assert.Equal(Enumerable.Range(0, count).Select(i => $"Person {count - i:D3}"), first.Concat(second));
            var html = File.ReadAllText(Path.Combine(temp["public"], lang, "authors", "index.html"));
            Assert.Contains($"href=\"/{lang}/authors/page/2/\" rel=\"next\"", html);
            var secondHtml = File.ReadAllText(Path.Combine(temp["public"], lang, "authors", "page", "2", "index.html"));
            Assert.Contains($"<link rel=\"canonical\" href=\"https://example.org/{lang}/authors/page/2/\">", secondHtml);
            Assert.Contains("<link rel=\"alternate\" hreflang=\"it\" href=\"https://example.org/it/authors/page/2/\">", secondHtml);
            Assert.Contains($"<loc>https://example.org/{lang}/authors/page/2/</loc>", File.ReadAllText(Path.Combine(temp["public"], "sitemap.xml")));
        }
    }
}
