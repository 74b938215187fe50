using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>Only authors credited on a case (as author or translator) get a page and a place in the authors list.</summary>
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
}
