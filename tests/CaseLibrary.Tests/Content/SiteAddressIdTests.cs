using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Content;

/// <summary>
/// An id that takes an address of the site's own pages (a list's further pages at page/2/, the competences matrix)
/// is one error at the id, never a page silently overwritten or sharing its folder; the cases that name a refused
/// competence or author get no second error.
/// </summary>
public sealed class SiteAddressIdTests
{
    [Fact]
    public void A_case_folder_named_page_is_one_error_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("page/en.md", MiniLibrary.Case()), ("a-case/en.md", MiniLibrary.Case()));

        var outcome = Caselib.Run(temp.Path, "build", "--source", cases, "--theme", RepoPaths.Theme, "--out", temp["public"]);

        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.DiagnosticLines);
        Assert.StartsWith("cases/page(1,1): error CL0227: 'page' cannot be a case id: the further pages of the list of cases are published at cases/page/2/", line);
        Assert.Contains("another name for the case's folder", line);
        Assert.False(Directory.Exists(temp["public"]));
    }

    [Theory]
    [InlineData("competence", "matrix", "competences/matrix/ is the table of cases and competences")]
    [InlineData("competence", "page", "the further pages of the list of competences are published at competences/page/2/")]
    [InlineData("author", "page", "the further pages of the list of authors are published at authors/page/2/")]
    public void A_data_file_id_that_takes_a_site_address_is_one_error_at_its_line(string kind, string id, string use)
    {
        using var temp = new TempFolder();
        // The case names the refused id too: that gives no second error.
        var named = kind == "competence" ? MiniLibrary.Case().Replace("[listening]", $"[listening, {id}]") : MiniLibrary.Case().Replace("[ann-smith]", $"[ann-smith, {id}]");
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", named));
        var file = kind == "competence" ? "competences.yaml" : "authors.yaml";
        temp.Write("cases/" + file, kind == "competence"
            ? MiniLibrary.CompetencesYaml + "\n" + id + ":\n  number: 2\n  name: {en: M, it: M}\n  description: {en: M., it: M.}\n"
            : MiniLibrary.AuthorsYaml + "\n" + id + ":\n  name: Pat Page\n");

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.DiagnosticLines);
        var row = File.ReadAllLines(temp["cases/" + file]).ToList().FindIndex(l => l == id + ":") + 1;
        Assert.StartsWith($"cases/{file}({row},1): error CL0227: '{id}' cannot be {(kind == "author" ? "an" : "a")} {kind} id: {use}", line);
    }

    [Fact]
    public void Ids_that_merely_contain_the_words_are_free()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("page-one/en.md", MiniLibrary.Case()), ("matrix/en.md", MiniLibrary.Case()));

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
    }
}
