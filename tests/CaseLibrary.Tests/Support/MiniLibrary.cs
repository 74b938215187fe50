namespace CaseLibrary.Tests.Support;

/// <summary>Writes a small valid library inline (Hugo-style), so a test states exactly the input it is about.</summary>
public static class MiniLibrary
{
    public const string LibraryYaml = """
        title: {en: Mini, it: Mini IT}
        languages: [en, it]
        base_url: https://example.org/
        licence: CC-BY-4.0
        """;

    public const string CompetencesYaml = """
        listening:
          number: 1
          name: {en: Listening, it: Ascolto}
          description: {en: Hearing., it: Sentire.}
        """;

    public const string AuthorsYaml = """
        ann-smith:
          name: Ann Smith
        """;

    public static string Case(string title = "A case", string extra = "", string body = "## Context\n\nText.\n") => $"""
        ---
        title: "{title}"
        summary: A summary.
        country: IE
        competences: [listening]
        authors: [ann-smith]
        date: 2024-01-02
        {extra}
        ---
        {body}
        """;

    /// <summary>
    /// Runs <c>check</c> on a mini library with <paramref name="files"/> and asserts every diagnostic line it prints (so
    /// their count is pinned and a cascade cannot come back), the exit code (1 when one is an error) and no stack trace.
    /// </summary>
    public static void AssertCheckReports(string mistake, (string Path, string Text)[] files, string[] expected)
    {
        using var temp = new TempFolder();
        var cases = Write(temp, files);

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.True(expected.SequenceEqual(outcome.DiagnosticLines), $"{mistake}:\n{string.Join("\n", outcome.DiagnosticLines)}");
        Assert.Equal(expected.Any(l => l.Contains(": error ", StringComparison.Ordinal)) ? 1 : 0, outcome.ExitCode);
        Assert.DoesNotContain("   at ", outcome.Stderr);
    }

    /// <summary>Writes library.yaml, competences.yaml, authors.yaml and the given case files under <c>cases/</c>; returns the cases folder.</summary>
    public static string Write(TempFolder folder, params (string Path, string Text)[] files)
    {
        folder.Write("cases/library.yaml", LibraryYaml);
        folder.Write("cases/competences.yaml", CompetencesYaml);
        folder.Write("cases/authors.yaml", AuthorsYaml);
        foreach (var (path, text) in files) folder.Write("cases/" + path, text);
        return folder["cases"];
    }
}
