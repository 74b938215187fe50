using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Rendering;

/// <summary>
/// A wrong --theme is said once: a theme folder that does not exist is CL0300 alone (it added a CL0511 per template, 20
/// lines), a folder without any template is one CL0511 that asks whether it is the theme folder, and a theme that lacks
/// some templates names each of them.
/// </summary>
public sealed class MissingTemplateTests
{
    [Fact]
    public void A_theme_folder_that_does_not_exist_is_one_error()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));

        var outcome = Caselib.Run(temp.Path, "check", "--source", cases, "--theme", temp["nowhere"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["nowhere(1,1): error CL0300: the theme folder does not exist"], outcome.DiagnosticLines);
    }

    [Fact]
    public void A_folder_without_templates_is_one_error_that_asks_whether_it_is_the_theme()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));

        // The content folder given as the theme, a classic slip.
        var outcome = Caselib.Run(temp.Path, "check", "--source", cases, "--theme", cases);

        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.DiagnosticLines, l => l.Contains("CL0511", StringComparison.Ordinal));
        Assert.Equal($"cases(1,1): error CL0511: the theme has no templates (layouts/*.html, {CaseLibrary.Rendering.TemplateSet.Required.Length} are needed): is 'cases' the theme folder?", line);
    }

    [Fact]
    public void Each_missing_template_of_a_theme_is_named()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        File.Delete(Path.Combine(theme, "layouts", "case.html"));
        File.Delete(Path.Combine(theme, "layouts", "search.html"));

        var outcome = Caselib.Run(temp.Path, "check", "--source", cases, "--theme", theme);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
        [
            "theme(1,1): error CL0511: the theme has no 'case' template: add layouts/case.html",
            "theme(1,1): error CL0511: the theme has no 'search' template: add layouts/search.html",
        ], outcome.DiagnosticLines.Where(l => l.Contains("CL0511", StringComparison.Ordinal)));
    }
}
