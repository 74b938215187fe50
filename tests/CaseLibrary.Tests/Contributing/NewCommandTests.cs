using CaseLibrary.Cli;
using CaseLibrary.Contract;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Contributing;

/// <summary><c>caselib new</c>: the scaffold explains every field, passes check as generated, and never replaces a file.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void A_new_case_has_every_field_explained_and_passes_check_as_generated()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("existing/en.md", MiniLibrary.Case()));

        var outcome = Caselib.Run(temp.Path, "new", "mentoring-lyon", "--lang", "it", "--source", cases);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("Created cases/mentoring-lyon/it.md.", outcome.Stdout);
        var lines = File.ReadAllLines(temp["cases/mentoring-lyon/it.md"]);
        Assert.Equal("---", lines[0]);
        Assert.Equal("# yaml-language-server: $schema=../.schema/case.schema.json", lines[1]);
        foreach (var field in ContentContract.CaseFrontMatter)
        {
            var index = Array.FindIndex(lines, l => l.StartsWith(field.Name + ":", StringComparison.Ordinal) || l.StartsWith("# " + field.Name + ":", StringComparison.Ordinal));
            Assert.True(index > 0, $"no line for '{field.Name}'");
            Assert.Equal($"# {(field.Required ? "Required" : "Optional")}. {field.Description}", lines[index - 1]);
        }
        Assert.Contains("competences: [listening]", lines);
        Assert.Contains("authors: [your-id]", lines);
        Assert.Contains("draft: true", lines);
        // Its sections are in the file's language (a Finnish case written from English headings kept them).
        Assert.Contains("## Contesto", lines);
        Assert.Contains("## Collegamenti con le competenze", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("## ", StringComparison.Ordinal) && l is "## Context" or "## Outcomes" or "## Reflection");
        Assert.Contains(lines, l => l.StartsWith("Sostituite questo paragrafo. ", StringComparison.Ordinal));
        Assert.Contains($"To see it as a web page while you write: caselib serve --source {cases}, then open http://127.0.0.1:8008/ (drafts are shown, marked as drafts).", outcome.Stdout);

        // As generated, a draft: check passes and says once that the example values are still there.
        var asGenerated = Caselib.Check(cases, temp.Path);
        Assert.True(asGenerated.ExitCode == 0, asGenerated.Stderr);
        Assert.Equal(["cases/mentoring-lyon/it.md(7,8): warning CL0170: this draft still has 13 example value(s) written by 'caselib new', the first here ('title'): replace each one before you remove 'draft: true'"], asGenerated.DiagnosticLines);

        // Published with the examples left in: every one is an error at its place, and nothing is built.
        var undrafted = lines.Where(l => l != "draft: true").ToList();
        File.WriteAllLines(temp["cases/mentoring-lyon/it.md"], undrafted);
        var unfinished = Caselib.Build(cases, temp["public"]);
        Assert.Equal(1, unfinished.ExitCode);
        Assert.Equal(13, unfinished.DiagnosticLines.Count);
        Assert.All(unfinished.DiagnosticLines, l => Assert.Contains(": error CL0170: ", l));

        File.WriteAllLines(temp["cases/mentoring-lyon/it.md"], undrafted.Select(l => l
            .Replace("your-id", "ann-smith").Replace("Replace with", "Written with").Replace("Sostituite questo paragrafo.", "Scritto.")
            .Replace("first keyword", "mentoring").Replace("second keyword", "Lyon")));
        var published = Caselib.Build(cases, temp["public"]);
        Assert.True(published.ExitCode == 0 && published.DiagnosticLines.Count == 0, published.Stderr);
        Assert.True(File.Exists(temp["public/it/cases/mentoring-lyon/index.html"]));
    }

    /// <summary>
    /// A draft made by <c>new</c> is a draft like any other: <c>check</c> counts it and checks its links, although its
    /// author is still the example id (it used to be left out of the model without a word, so a broken link in it
    /// passed and <c>serve</c> answered 404 for its page).
    /// </summary>
    [Fact]
    public void A_new_draft_is_checked_and_counted_while_it_still_names_the_example_author()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("existing/en.md", MiniLibrary.Case()));
        Assert.Equal(0, Caselib.Run(temp.Path, "new", "solo-case", "--lang", "en", "--source", cases).ExitCode);
        var asGenerated = Caselib.Check(cases, temp.Path);
        Assert.True(asGenerated.ExitCode == 0, asGenerated.Stderr);
        Assert.Contains("Checked 2 cases (1 draft file(s) among them)", asGenerated.Stdout + asGenerated.Stderr);

        File.AppendAllText(temp["cases/solo-case/en.md"], "\nSee [the outcome](#no-such-heading).\n");
        var check = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains(check.DiagnosticLines, l => l.StartsWith("cases/solo-case/en.md(", StringComparison.Ordinal) && l.Contains("error CL0601", StringComparison.Ordinal) && l.Contains("#no-such-heading", StringComparison.Ordinal));
        Assert.Contains(check.DiagnosticLines, l => l.Contains("warning CL0170", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scaffolds_comments_name_the_commands_the_reader_has_and_how_to_preview_the_draft()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("existing/en.md", MiniLibrary.Case()));
        const string clone = "dotnet run --project generator --";
        var environment = Caselib.Plain with { Invocation = clone };

        var original = Caselib.RunIn(environment, temp.Path, "new", "mentoring-lyon", "--lang", "en", "--source", cases);
        var translation = Caselib.RunIn(environment, temp.Path, "new", "existing", "--translation-of", "en", "--lang", "it", "--source", cases);

        Assert.True(original.ExitCode == 0 && translation.ExitCode == 0, original.Stderr + translation.Stderr);
        Assert.Contains($"To see it as a web page while you write: {clone} serve --source {cases}, then open http://127.0.0.1:8008/ (drafts are shown, marked as drafts).", original.Stdout);
        foreach (var file in new[] { "cases/mentoring-lyon/en.md", "cases/existing/it.md" })
        {
            var comments = File.ReadAllLines(temp[file]).Where(l => l.StartsWith("# ", StringComparison.Ordinal)).ToList();
            Assert.Contains(comments, l => l.EndsWith($", then run: {clone} check", StringComparison.Ordinal));
            Assert.Contains($"# See it as a web page while you write: {clone} serve, then open http://127.0.0.1:8008/ (drafts are shown there, marked as drafts; build leaves them out)", comments);
            Assert.DoesNotContain(comments, l => l.Contains("caselib ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_commands_it_suggests_name_the_folders_the_reader_named_and_it_takes_the_theme_option_as_build_does()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("existing/en.md", MiniLibrary.Case()));
        var spaced = Path.Combine(temp.Path, "my cases");
        Directory.Move(cases, spaced);

        var created = Caselib.Run(temp.Path, "new", "fresh-case", "--lang", "en", "--source", spaced, "--theme", "my-theme");
        var refused = Caselib.Run(temp.Path, "new", "existing", "--lang", "it", "--source", spaced);
        var plain = Caselib.Run(temp.Path, "new", "other-case", "--lang", "en", "--source", spaced);

        Assert.True(created.ExitCode == 0, created.Stderr);
        Assert.Contains($"then run: caselib check --source \"{spaced}\" --theme my-theme", created.Stdout);
        Assert.Contains($"caselib serve --source \"{spaced}\" --theme my-theme, then open", created.Stdout);
        Assert.Equal(CommandLine.ContentErrors, refused.ExitCode);
        Assert.Contains($"to add a translation run: caselib new existing --translation-of en --lang it --source \"{spaced}\"", refused.Stderr);
        Assert.True(plain.ExitCode == 0, plain.Stderr);
        Assert.DoesNotContain("--theme", plain.Stdout);
        // The file itself names the plain commands: it is committed, and read from the repository's root.
        Assert.DoesNotContain("--source", File.ReadAllText(Path.Combine(spaced, "fresh-case", "en.md")));
    }

    [Fact]
    public void A_usage_mistake_points_to_the_commands_own_help()
    {
        var outcome = Caselib.Run(null, "new", "a-case");

        Assert.Equal(CommandLine.UsageError, outcome.ExitCode);
        Assert.Contains("Run 'caselib new --help' for usage.", outcome.Stderr);
    }

    [Fact]
    public void A_translation_is_prefilled_from_the_original_and_is_a_translation_for_the_model()
    {
        using var temp = new TempFolder();
        const string title = "Quotes \\\" backslash \\\\ colon: hash # {{ template }} & <b>";
        var cases = MiniLibrary.Write(temp, ("tricky/en.md", MiniLibrary.Case(title: title,
            extra: "tags: [\"a: b\", 'c \"d\"']\nlicence: CC-BY-4.0\nupdated: 2024-02-03", body: "## Context\n\nOriginal *text*.\n")));

        var outcome = Caselib.Run(temp.Path, "new", "tricky", "--translation-of", "en", "--lang", "it", "--source", cases);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var text = File.ReadAllText(temp["cases/tricky/it.md"]);
        Assert.Contains("translators: [your-id]", text);
        Assert.Contains("licence: CC-BY-4.0\n", text);
        Assert.Contains("updated: 2024-02-03\n", text);
        Assert.EndsWith("---\n## Context\n\nOriginal *text*.\n", text);

        var check = Caselib.Check(cases, temp.Path, "--drafts");
        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.Contains("warning CL0170: this draft still has 1 example value(s) written by 'caselib new', the first here (the id 'your-id')", Assert.Single(check.DiagnosticLines));
        File.WriteAllText(temp["cases/tricky/it.md"], text.Replace("draft: true\n", "").Replace("your-id", "ann-smith"));
        Assert.Equal(0, Caselib.Build(cases, temp["public"]).ExitCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(temp["public/it/cases/tricky/index.html"]));
        Assert.Equal("Quotes \" backslash \\ colon: hash # {{ template }} & <b>", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("a: b", page.Body!.TextContent);
        Assert.Contains("c \"d\"", page.Body!.TextContent);
    }

    /// <summary>In every language the site has, a new case's sections are in that language and its example paragraphs are recognised.</summary>
    [Theory]
    [InlineData("en", "## Context")]
    [InlineData("fr", "## Contexte")]
    [InlineData("it", "## Contesto")]
    [InlineData("fi", "## Tausta")]
    [InlineData("de", "## Kontext")]
    [InlineData("nl", "## De situatie / uitdaging")]
    public void A_new_case_is_written_in_its_files_language_and_its_example_paragraphs_are_found(string language, string heading)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("kept/en.md", MiniLibrary.Case()));
        temp.Write("cases/library.yaml", MiniLibrary.LibraryYaml.Replace("languages: [en, it]", "languages: [en, it, fr, fi, de, nl]", StringComparison.Ordinal));

        var outcome = Caselib.Run(temp.Path, "new", "fresh-case", "--lang", language, "--source", cases);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var lines = File.ReadAllLines(temp[$"cases/fresh-case/{language}.md"]);
        Assert.Contains(heading, lines);
        Assert.Equal(6, lines.Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
        var check = Caselib.Check(cases, temp.Path);
        Assert.Contains(check.DiagnosticLines, l => l.Contains($"fresh-case/{language}.md(7,8): warning CL0170: this draft still has 13 example value(s)", StringComparison.Ordinal));
    }

    /// <summary>Translating from a translation: the file named that translation "the original" (a contributor's review).</summary>
    [Fact]
    public void A_translation_made_from_a_translation_names_the_cases_original_and_takes_its_licence()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp,
            ("a-case/en.md", MiniLibrary.Case(extra: "licence: CC-BY-SA-4.0")),
            ("a-case/it.md", MiniLibrary.Case(title: "Un caso", extra: "translators: [ann-smith]")));
        temp.Write("cases/library.yaml", MiniLibrary.LibraryYaml.Replace("languages: [en, it]", "languages: [en, it, fr]", StringComparison.Ordinal));

        var outcome = Caselib.Run(temp.Path, "new", "a-case", "--translation-of", "it", "--lang", "fr", "--source", cases);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var text = File.ReadAllText(temp["cases/a-case/fr.md"]);
        Assert.Contains("# A translation of cases/a-case/it.md ('it', itself a translation of the original, cases/a-case/en.md).", text);
        Assert.DoesNotContain("the original, 'it'", text);
        Assert.Contains("title: \"Un caso\"", text);
        Assert.Contains("licence: CC-BY-SA-4.0\n", text);
    }

    [Fact]
    public void An_existing_file_is_never_replaced()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("kept/en.md", MiniLibrary.Case(title: "Keep me")));
        var before = File.ReadAllText(temp["cases/kept/en.md"]);

        var outcome = Caselib.Run(temp.Path, "new", "kept", "--lang", "en", "--source", cases);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["cases/kept/en.md(1,1): error CL0701: this file already exists; 'caselib new' never replaces a file"], outcome.DiagnosticLines);
        Assert.Equal(before, File.ReadAllText(temp["cases/kept/en.md"]));
        Assert.Equal(1, Caselib.Run(temp.Path, "new", "kept", "--translation-of", "it", "--lang", "en", "--source", cases).ExitCode);
        Assert.Equal(before, File.ReadAllText(temp["cases/kept/en.md"]));
    }

    [Theory]
    [InlineData(2, "'Mentoring Lyon' is not a valid case id: use lowercase a-z, 0-9 and '-' (did you mean 'mentoring-lyon'?)", "new", "Mentoring Lyon", "--lang", "en")]
    [InlineData(2, "'../escape' is not a valid case id", "new", "../escape", "--lang", "en")]
    [InlineData(2, "'Cørk Straße' is not a valid case id: use lowercase a-z, 0-9 and '-' (did you mean 'cork-strasse'?)", "new", "Cørk Straße", "--lang", "en")]
    [InlineData(2, "'Jyväskylä_Łódź' is not a valid case id: use lowercase a-z, 0-9 and '-' (did you mean 'jyvaskyla-lodz'?)", "new", "Jyväskylä_Łódź", "--lang", "en")]
    [InlineData(2, "--lang 'itt' is not a supported language code (did you mean 'it'?)", "new", "a-case", "--lang", "itt")]
    [InlineData(2, "--lang 'fr-FR' is not a supported language code: the site's languages are named without a region; write 'fr'", "new", "a-case", "--lang", "fr-FR")]
    [InlineData(2, "--translation-of 'en_GB' is not a supported language code: the site's languages are named without a region; write 'en'", "new", "a-case", "--translation-of", "en_GB", "--lang", "it")]
    [InlineData(2, "--lang <lang> is required", "new", "a-case")]
    [InlineData(2, "which case?", "new", "--lang", "en")]
    [InlineData(1, "--lang 'fr' is not one of the library's languages (en, it); add it to languages in library.yaml first", "new", "a-case", "--lang", "fr")]
    [InlineData(1, "case 'kept' already exists in en; to add a translation run: caselib new kept --translation-of en --lang it", "new", "kept", "--lang", "it")]
    [InlineData(1, "there is no case 'kep' to translate (did you mean 'kept'?)", "new", "kep", "--translation-of", "en", "--lang", "it")]
    [InlineData(1, "--translation-of and --lang must be different languages", "new", "kept", "--translation-of", "it", "--lang", "it")]
    public void Mistakes_are_explained_and_nothing_is_written(int exitCode, string message, params string[] args)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("kept/en.md", MiniLibrary.Case()));
        var before = Directory.GetFileSystemEntries(cases, "*", SearchOption.AllDirectories).Length;

        var outcome = Caselib.Run(temp.Path, [.. args, "--source", cases]);

        Assert.Equal(exitCode, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr);
        Assert.Equal(before, Directory.GetFileSystemEntries(cases, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_broken_original_is_reported_with_its_position_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("broken/en.md", MiniLibrary.Case(extra: "titel: typo")));

        var outcome = Caselib.Run(temp.Path, "new", "broken", "--translation-of", "en", "--lang", "it", "--source", cases);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["cases/broken/en.md(8,1): error CL0101: unknown key 'titel' in the front matter (did you mean 'title'?)"], outcome.DiagnosticLines);
        Assert.False(File.Exists(temp["cases/broken/it.md"]));
    }
}
