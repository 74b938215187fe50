using CaseLibrary.Diagnostics.Catalogue;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Catalogue;

/// <summary>
/// Every code of the catalogue is triggered by a tiny library written inline (a one-line mistake in a valid
/// library), or is listed in <see cref="NotTriggeredHere"/> with the test that triggers it or why none can here.
/// </summary>
public sealed class TriggerTests
{
    private const string Title = "title: \"A case\"";

    /// <summary>A case whose front matter line <paramref name="from"/> is replaced by <paramref name="to"/>.</summary>
    private static string CaseWith(string from, string to) => MiniLibrary.Case().Replace(from, to, StringComparison.Ordinal);

    private static string CaseWithTitle(string line) => CaseWith(Title, line);

    private sealed record Trigger(string[] Command, params (string Path, string Text)[] Files)
    {
        public Func<TempFolder, string?>? Setup { get; init; }
    }

    private static readonly string[] Check = ["check"];

    private static Trigger Files(params (string, string)[] files) => new(Check, files);

    /// <summary>A valid library checked with a copy of the theme that <paramref name="change"/> breaks.</summary>
    private static Trigger ThemeTrigger(Action<string> change) =>
        new Trigger(["check", "--theme", "theme"], ("a-case/en.md", MiniLibrary.Case())) { Setup = t => { change(ThemeCopy.Write(t, packages: false)); return null; } };

    private static readonly Dictionary<string, Trigger> Triggers = new(StringComparer.Ordinal)
    {
        ["CL0101"] = Files(("a-case/en.md", MiniLibrary.Case(extra: "titel: x"))),
        ["CL0102"] = Files(("a-case/en.md", CaseWith("country: IE\n", ""))),
        ["CL0103"] = Files(("a-case/en.md", CaseWith("summary: A summary.", "summary: \"\""))),
        ["CL0104"] = Files(("a-case/en.md", MiniLibrary.Case(extra: "draft: maybe"))),
        ["CL0105"] = Files(("a-case/en.md", CaseWith("date: 2024-01-02", "date: 3/2/2024"))),
        ["CL0106"] = Files(("competences.yaml", MiniLibrary.CompetencesYaml.Replace("it: Ascolto", "italian: Ascolto", StringComparison.Ordinal)), ("a-case/en.md", MiniLibrary.Case())),
        ["CL0107"] = Files(("library.yaml", MiniLibrary.LibraryYaml.Replace("[en, it]", "[en, it, english]", StringComparison.Ordinal)), ("a-case/en.md", MiniLibrary.Case())),
        ["CL0108"] = Files(("library.yaml", MiniLibrary.LibraryYaml.Replace("[en, it]", "[en, it, en]", StringComparison.Ordinal)), ("a-case/en.md", MiniLibrary.Case())),
        ["CL0109"] = Files(("library.yaml", MiniLibrary.LibraryYaml.Replace("https://example.org/", "example.org/library", StringComparison.Ordinal)), ("a-case/en.md", MiniLibrary.Case())),
        ["CL0110"] = Files(("a-case/en.md", "")),
        ["CL0111"] = Files(("a-case/en.md", "title: \"A case\"\n---\n")),
        ["CL0112"] = Files(("a-case/en.md", "---\ntitle: \"A case\"\n\n## Context\n")),
        ["CL0113"] = Files(("a-case/en.md", MiniLibrary.Case(extra: "updated: 2023-01-01"))),
        ["CL0120"] = Files(("authors.yaml", "Ann Smith:\n  name: Ann Smith\n"), ("a-case/en.md", MiniLibrary.Case())),
        ["CL0121"] = Files(("competences.yaml", MiniLibrary.CompetencesYaml + "\ncoaching:\n  number: 1\n  name: {en: Coaching, it: Coaching}\n  description: {en: C., it: C.}\n"), ("a-case/en.md", MiniLibrary.Case())),
        ["CL0130"] = Files(("a-case/en.md", MiniLibrary.Case()), ("a-case/fi.md", MiniLibrary.Case(extra: "translators: [ann-smith]"))),
        ["CL0131"] = Files(("a-case/en.md", CaseWith("country: IE", "country: Ireland"))),
        ["CL0132"] = Files(("a-case/en.md", CaseWith("[listening]", "[listning]"))),
        ["CL0133"] = Files(("a-case/en.md", CaseWith("[ann-smith]", "[ann-smth]"))),
        ["CL0134"] = Files(("a-case/en.md", MiniLibrary.Case(extra: "licence: Creative Commons"))),
        ["CL0136"] = Files(("a-case/en.md", MiniLibrary.Case()), ("a-case/it.md", MiniLibrary.Case())),
        ["CL0137"] = Files(("a-case/en.md", MiniLibrary.Case()), ("a-case/it.md", CaseWith("country: IE", "country: IT\ntranslators: [ann-smith]"))),
        ["CL0138"] = Files(("a-case/en.md", CaseWith("[listening]", "[listening, listening]"))),
        ["CL0140"] = Files(("competences.yaml", MiniLibrary.CompetencesYaml.Replace("{en: Listening, it: Ascolto}", "{it: Ascolto}", StringComparison.Ordinal)), ("a-case/en.md", MiniLibrary.Case())),
        ["CL0141"] = Files(("a-case/en.md", MiniLibrary.Case()), ("a-case/it.notes.md", "Notes.\n")),
        ["CL0150"] = Files(("a-case/en.md", CaseWithTitle("title: \"A\u0001 case\""))),
        ["CL0160"] = Files(("library.yaml", MiniLibrary.LibraryYaml + "\nminimum_words: 5"), ("a-case/en.md", MiniLibrary.Case())),
        ["CL0161"] = Files(("library.yaml", MiniLibrary.LibraryYaml + "\nminimum_words: 5"), ("a-case/en.md", MiniLibrary.Case())),
        ["CL0162"] = Files(("library.yaml", MiniLibrary.LibraryYaml + "\nminimum_words: 800"), ("a-case/en.md", MiniLibrary.Case())),
        ["CL0180"] = Files(("a-case/en.md", CaseWith("[listening]", "listening, coaching"))),
        ["CL0181"] = Files(("authors.yaml", "ann-smith:\nname: Ann Smith\n"), ("a-case/en.md", MiniLibrary.Case())),
        ["CL0200"] = new Trigger(["check", "--source", "no-such-folder"]),
        ["CL0201"] = Files(("a-case/en.md", MiniLibrary.Case())) with { Setup = t => { File.Delete(t["cases/authors.yaml"]); return null; } },
        ["CL0202"] = Files(("A Case/en.md", MiniLibrary.Case())),
        ["CL0203"] = Files(("a-case/en.md", MiniLibrary.Case())) with { Setup = t => { File.CreateSymbolicLink(t["cases/a-case/photo.png"], t["cases/library.yaml"]); return null; } },
        ["CL0204"] = Files(("a-case/en.md", MiniLibrary.Case())) with { Setup = t => { File.WriteAllBytes(t["cases/a-case/en.md"], [.. System.Text.Encoding.UTF8.GetBytes(MiniLibrary.Case()), 0xE9, 0x0A]); return null; } },
        ["CL0207"] = Files(("a-case/en.md", MiniLibrary.Case()), ("notes.txt", "x")),
        ["CL0208"] = Files(("a-case/en.md", MiniLibrary.Case()), ("a-case/images/photo.png", "x")),
        ["CL0209"] = Files(("a-case/en.md", MiniLibrary.Case()), ("a-case/case.md", MiniLibrary.Case())),
        ["CL0210"] = Files(("a-case/en.md", MiniLibrary.Case()), ("a-case/Photo 1.JPG", "x")),
        ["CL0211"] = Files(("con/en.md", MiniLibrary.Case())),
        ["CL0222"] = Files(("a-case/en.md", MiniLibrary.Case()), ("a-case/.photo.png", "x")),
        ["CL0224"] = Files((new string('a', 101) + "/en.md", MiniLibrary.Case())),
        ["CL0227"] = Files(("page/en.md", MiniLibrary.Case())),
        ["CL0225"] = Files(("a-case/en.md", MiniLibrary.Case()), ("a-case/" + new string('p', 101) + ".png", "x")),
        ["CL0300"] = new Trigger(["check", "--theme", "no-such-theme"], ("a-case/en.md", MiniLibrary.Case())),
        ["CL0401"] = Files(("a-case/en.md", MiniLibrary.Case(body: "## Context\n\n<b>Bold</b> text.\n"))),
        ["CL0402"] = Files(("a-case/en.md", MiniLibrary.Case(body: "## Context\n\n[x](javascript:alert(1))\n"))),
        ["CL0405"] = Files(("a-case/en.md", MiniLibrary.Case(body: "# Context\n\nText.\n"))),
        ["CL0407"] = Files(("a-case/en.md", MiniLibrary.Case(body: "## Context\n\nText.\n\n#### First meeting\n\nMore.\n"))),
        ["CL0408"] = Files(("a-case/en.md", MiniLibrary.Case(body: "## Context\n\n    The client arrived early.\n"))),
        ["CL0403"] = Files(("a-case/en.md", MiniLibrary.Case(body: "## Context\n\nText.\n\n## Results\n\n## Reflection\n\nMore.\n"))),
        ["CL0409"] = Files(("a-case/en.md", MiniLibrary.Case(body: "## Context\n\nText.\n\n## Context\n\nMore.\n"))),
        ["CL0501"] = ThemeTrigger(theme => File.Delete(Path.Combine(theme, "i18n", "it.yaml"))),
        ["CL0502"] = ThemeTrigger(theme => File.WriteAllLines(Path.Combine(theme, "i18n", "it.yaml"),
            File.ReadAllLines(Path.Combine(theme, "i18n", "it.yaml")).Where(l => !l.StartsWith("skip_to_content:", StringComparison.Ordinal)))),
        ["CL0503"] = ThemeTrigger(theme => File.WriteAllText(Path.Combine(theme, "i18n", "it.yaml"),
            File.ReadAllText(Path.Combine(theme, "i18n", "it.yaml")).Replace("\"Vedi tutti i {0} casi\"", "\"Vedi tutti i {7} casi {\"", StringComparison.Ordinal))),
        ["CL0513"] = ThemeTrigger(theme => File.AppendAllText(Path.Combine(theme, "layouts", "case.html"), "{{ t \"no.such.key\" }}\n")),
        ["CL0510"] = ThemeTrigger(theme => File.AppendAllText(Path.Combine(theme, "layouts", "case.html"), "{{ end }}\n")),
        ["CL0332"] = ThemeTrigger(theme => File.AppendAllText(Path.Combine(theme, "layouts", "case.html"), "{{ x = \"aaaaaaaaaa\"; for i in 1..26; x = x + x; end; x | string.size }}\n")),
        ["CL0601"] = Files(("a-case/en.md", MiniLibrary.Case(body: "## Context\n\n[other](#no-such-section)\n"))),
        ["CL0701"] = new Trigger(["new", "a-case", "--lang", "en"], ("a-case/en.md", MiniLibrary.Case())),
        ["CL0727"] = new Trigger(["build", "--out", "a-file"], ("a-case/en.md", MiniLibrary.Case())) with { Setup = t => { File.WriteAllText(t["a-file"], "x"); return null; } },
        ["CL0728"] = new Trigger(["build", "--out", "mine"], ("a-case/en.md", MiniLibrary.Case())) with { Setup = t => { Directory.CreateDirectory(t["mine"]); File.WriteAllText(t["mine/keep.txt"], "x"); return null; } },
        ["CL0729"] = new Trigger(["schema", "--out", "linked"], ("a-case/en.md", MiniLibrary.Case())) with { Setup = t => { Directory.CreateDirectory(t["real"]); Directory.CreateSymbolicLink(t["linked"], t["real"]); return null; } },
        ["YAML002"] = Files(("authors.yaml", MiniLibrary.AuthorsYaml + "\n---\nbob:\n  name: Bob\n"), ("a-case/en.md", MiniLibrary.Case())),
        ["YAML004"] = Files(("a-case/en.md", CaseWithTitle("title: *Mentoring* in Lyon"))),
        ["YAML007"] = Files(("a-case/en.md", MiniLibrary.Case(extra: "title: \"Again\""))),
        ["YAML008"] = Files(("authors.yaml", "ann-smith:\n\tname: Ann Smith\n"), ("a-case/en.md", MiniLibrary.Case())),
        ["YAML010"] = Files(("a-case/en.md", CaseWithTitle("title: Case #1 in Cork"))),
        ["YAML011"] = Files(("a-case/en.md", CaseWithTitle("title: “Mentoring: a first year”"))),
        ["YAML012"] = Files(("a-case/en.md", CaseWithTitle("title: “Mentoring in Lyon”"))),
        ["YAML013"] = Files(("a-case/en.md", CaseWithTitle("title: Guidance: a second chance"))),
        ["YAML014"] = Files(("a-case/en.md", CaseWithTitle("title: 'L'orientation des jeunes'"))),
        ["YAML015"] = Files(("a-case/en.md", CaseWithTitle("title: \"The \"second chance\" project\""))),
        ["YAML016"] = Files(("a-case/en.md", CaseWith("country: IE", "country:IE"))),
        ["YAML017"] = Files(("a-case/en.md", CaseWithTitle("title: [Draft] Mentoring in Lyon"))),
        ["YAML018"] = Files(("a-case/en.md", CaseWithTitle("title: \"Mentoring in Lyon"))),
        ["YAML019"] = Files(("a-case/en.md", CaseWith("[listening]", "[listening"))),
        ["YAML020"] = Files(("authors.yaml", "ann-smith:\n  name: Ann Smith\n bob:\n  name: Bob\n"), ("a-case/en.md", MiniLibrary.Case())),
        ["YAML021"] = Files(("a-case/en.md", CaseWith("summary: A summary.", "summary: \"Files in C:\\cases\\lyon\""))),
        ["YAML023"] = Files(("a-case/en.md", CaseWith("summary: A summary.", "summary: A long summary\nthat goes on here."))),
        ["YAML024"] = Files(("library.yaml", MiniLibrary.LibraryYaml + "\ntagline: en: Four countries, one practice"), ("a-case/en.md", MiniLibrary.Case())),
    };

    /// <summary>Codes not triggered here, and why (each is triggered elsewhere, or needs what a fixture cannot give).</summary>
    private static readonly Dictionary<string, string> NotTriggeredHere = new(StringComparer.Ordinal)
    {
        ["CL0170"] = "the scaffold's example values left in: SilentMistakeTests",
        ["CL0171"] = "a translation with no original: SilentMistakeTests",
        ["CL0172"] = "an empty body: SilentMistakeTests",
        ["CL0173"] = "a long summary: SilentMistakeTests",
        ["CL0179"] = "Markdown in a summary, an objective or a title: SilentMistakeTests",
        ["CL0174"] = "a case folder copied twice: SilentMistakeTests",
        ["CL0175"] = "a list item indented one space too far: SilentMistakeTests",
        ["CL0176"] = "a picture address with a space: SilentMistakeTests",
        ["CL0177"] = "a picture with no description: SilentMistakeTests",
        ["CL0178"] = "an untranslated translation: SilentMistakeTests",
        ["CL0520"] = "a link to a case that does not exist: SilentMistakeTests",
        ["CL0521"] = "a link to a draft: SilentMistakeTests",
        ["CL0522"] = "a case link without ../: SilentMistakeTests",
        ["CL0205"] = "a file over the size limit: SpecialFileTests",
        ["CL0206"] = "no test: an unreadable file needs permissions, which the tests' root user ignores",
        ["CL0220"] = "a FIFO: SpecialFileTests",
        ["CL0221"] = "a hard link: SpecialFileTests",
        ["CL0226"] = "a theme asset path over 255 characters needs a copied theme: LongNameTests",
        ["CL0310"] = "npm missing (build only): ThemePackagesTests, ProgramLookupTests",
        ["CL0311"] = "no test: library.yaml accepts only languages that have a stemmer (CL0107 comes first), so only a theme package change reaches it",
        ["CL0312"] = "node missing in a build: ProgramLookupTests",
        ["CL0313"] = "npm ci failing: ThemePackagesTests (a recording process runner)",
        ["CL0320"] = "changed theme/node_modules: ThemePackagesTests",
        ["CL0321"] = "changed theme package files: ThemePackagesTests",
        ["CL0322"] = "npm timing out: ThemePackagesTests",
        ["CL0323"] = "a theme pinning other lunr versions (the build's packages stage): ThemePackagesTests",
        ["CL0330"] = "no test: needs a search script that fails inside lunr",
        ["CL0331"] = "a template that never ends: LargeOutputTests",
        ["CL0406"] = "Markdown nested hundreds of levels: HostileInputTests",
        ["CL0410"] = "a case over the size limit: MarkdownLimitsTests",
        ["CL0411"] = "too many lines: MarkdownLimitsTests",
        ["CL0412"] = "too many '[' on a line: MarkdownLimitsTests, HostileInputTests",
        ["CL0413"] = "too many '[': MarkdownLimitsTests",
        ["CL0414"] = "too many headings: MarkdownLimitsTests",
        ["CL0415"] = "too many table cells: MarkdownLimitsTests",
        ["CL0511"] = "a missing template: MissingTemplateTests",
        ["CL0512"] = "a template failing at render time: LargeOutputTests",
        ["CL0602"] = "an absolute link on the site's host: the broken-links fixture (expected.txt)",
        ["CL0603"] = "a duplicate id on a page comes from a template: HeadingIdTests",
        ["CL0711"] = "--pdf without Chromium: PdfOptionTests, CommandLineTests",
        ["CL0712"] = "no test: needs a Chromium that starts and then fails to print",
        ["CL0720"] = "output folder guards: OutputFolderGuardTests",
        ["CL0721"] = "output folder guards: OutputFolderGuardTests",
        ["CL0722"] = "output folder guards: OutputFolderGuardTests",
        ["CL0723"] = "output folder guards: OutputFolderGuardTests",
        ["CL0724"] = "output folder guards: OutputFolderGuardTests",
        ["CL0725"] = "output folder guards: OutputFolderGuardTests",
        ["CL0726"] = "output folder guards: OutputFolderGuardTests",
        ["CL0730"] = "a folder around the output that cannot be written (chattr +i or chmod): WriteFailureTests",
        ["CL0731"] = "an old site that cannot be deleted after the swap (chattr +i or chmod): WriteFailureTests",
        ["YAML001"] = "no test: the fallback for a syntax error that no other YAML code explains",
        ["YAML003"] = "nesting deeper than the limit: HostileInputTests",
        ["YAML005"] = "a value over the length limit: HostileInputTests",
        ["YAML006"] = "a bracketed key: HostileInputTests",
    };

    public static TheoryData<string> TriggeredCodes() => new(Triggers.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(TriggeredCodes))]
    public void A_tiny_library_triggers_the_code(string code)
    {
        using var temp = new TempFolder();
        var trigger = Triggers[code];
        var cases = MiniLibrary.Write(temp, trigger.Files);
        trigger.Setup?.Invoke(temp);
        // The trigger's own options come last, and the last value of an option wins.
        string[] args = trigger.Command[0] is "check" or "build"
            ? [trigger.Command[0], "--source", cases, "--theme", RepoPaths.Theme, .. trigger.Command.Skip(1)]
            : [.. trigger.Command, "--source", cases];

        var outcome = Caselib.RunIn(Caselib.Plain with { CurrentDirectory = temp.Path }, temp.Path, args);

        var reported = outcome.Stderr.Split('\n').Where(l => l.Contains($" {code}: ", StringComparison.Ordinal)).ToList();
        Assert.True(reported.Count > 0, $"{code} was not reported; got:\n{outcome.Stderr}");
        var entry = DiagnosticCatalogue.Find(code)!;
        Assert.Contains(reported, l => l.Contains($"{(entry.Severity == global::CaseLibrary.Diagnostics.Severity.Error ? "error" : "warning")} {code}: ", StringComparison.Ordinal)
            || (code == "YAML010" && l.Contains($"error {code}: ", StringComparison.Ordinal)));
        Assert.DoesNotContain("   at ", outcome.Stderr);
    }

    [Fact]
    public void Every_code_is_triggered_here_or_says_where_it_is()
    {
        var codes = DiagnosticCatalogue.All.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(Triggers.Keys.Intersect(NotTriggeredHere.Keys));
        Assert.Equal(codes.Order(StringComparer.Ordinal), Triggers.Keys.Concat(NotTriggeredHere.Keys).Order(StringComparer.Ordinal));
    }
}
