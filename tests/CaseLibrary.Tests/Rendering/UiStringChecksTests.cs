using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Rendering;

/// <summary>
/// UI-string mistakes that used to pass silently and show readers a raw key or raw braces: a template asking for a key
/// the default language lacks (CL0513 at the call), a placeholder the default language's string does not have or an
/// unbalanced brace in a translation (CL0503 at the character in the i18n file).
/// </summary>
public sealed class UiStringChecksTests
{
    private static Caselib.Outcome CheckWith(TempFolder temp, Action<string> change)
    {
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        change(theme);
        return Caselib.Run(temp.Path, "check", "--source", cases, "--theme", theme);
    }

    [Fact]
    public void A_template_asking_for_an_unknown_key_is_an_error_at_the_call()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(RepoPaths.Theme + "/layouts/case.html").Length;

        var outcome = CheckWith(temp, theme => File.AppendAllText(Path.Combine(theme, "layouts", "case.html"), "<p>{{ t \"no.such.key\" }} {{ tf \"nav.casez\" 3 }}</p>\n"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
        [
            $"theme/layouts/case.html({lines + 1},7): error CL0513: the template asks for the UI string 'no.such.key', which theme/i18n/en.yaml does not have, so the page would show 'no.such.key'; add it to theme/i18n/en.yaml (and the other languages' files), or correct the key",
            $"theme/layouts/case.html({lines + 1},29): error CL0513: the template asks for the UI string 'nav.casez', which theme/i18n/en.yaml does not have, so the page would show 'nav.casez'; add it to theme/i18n/en.yaml (and the other languages' files), or correct the key (did you mean 'nav.cases'?)",
        ], outcome.DiagnosticLines);
    }

    [Theory]
    [InlineData("\"Vedi tutti i {7} casi\"", "(27,28): error CL0503: UI string 'home.all_cases' has the placeholder {7}, which the en string does not have, so it would be shown to readers as written; use {0}")]
    [InlineData("\"Vedi tutti i {0} casi {\"", "(27,37): error CL0503: UI string 'home.all_cases' has a '{' that is not part of a placeholder such as {0}; readers would see it as written. Close the placeholder, or remove the brace")]
    [InlineData("Vedi tutti i 0} casi", "(27,28): error CL0503: UI string 'home.all_cases' has a '}' that is not part of a placeholder such as {0}; readers would see it as written. Close the placeholder, or remove the brace")]
    public void A_translation_with_a_wrong_placeholder_or_a_lone_brace_is_an_error_at_it(string text, string expected)
    {
        using var temp = new TempFolder();
        Assert.Contains("  all_cases: \"Vedi tutti i {0} casi\"", File.ReadAllLines(RepoPaths.Theme + "/i18n/it.yaml")[26]);

        var outcome = CheckWith(temp, theme => File.WriteAllText(Path.Combine(theme, "i18n", "it.yaml"),
            File.ReadAllText(Path.Combine(theme, "i18n", "it.yaml")).Replace("\"Vedi tutti i {0} casi\"", text, StringComparison.Ordinal)));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["theme/i18n/it.yaml" + expected], outcome.DiagnosticLines);
    }

    [Fact]
    public void The_real_theme_has_no_such_mistake()
    {
        using var temp = new TempFolder();

        var outcome = CheckWith(temp, _ => { });

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Empty(outcome.DiagnosticLines);
    }
}
