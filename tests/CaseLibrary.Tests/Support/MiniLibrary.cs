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
