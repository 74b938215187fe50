using CaseLibrary.Contract;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Markdown;
using CaseLibrary.Yaml;

namespace CaseLibrary.Content;

/// <summary>Parses <c>cases/&lt;id&gt;/&lt;lang&gt;.md</c>: strict front matter, then the Markdown body.</summary>
public sealed class CaseDocumentParser
{
    public static readonly string[] Keys = ContentContract.Keys(ContentContract.CaseFrontMatter);

    private readonly MarkdownConverter _markdown;

    public CaseDocumentParser(MarkdownConverter markdown) => _markdown = markdown;

    public CaseDocument? Parse(string caseId, CaseSource source, DiagnosticBag diagnostics)
    {
        var file = source.File;
        var split = FrontMatterSplitter.Split(file, diagnostics);
        if (split is null) return null;
        var mapping = YamlDocumentReader.ReadMapping(split.Yaml, file.Path, split.YamlLineOffset, "the front matter must be a mapping of keys", diagnostics);
        if (mapping is null) return null;

        var reader = new YamlMappingReader(mapping, Keys, "the front matter", diagnostics);
        var title = reader.String("title", required: true);
        var summary = reader.String("summary", required: true);
        var country = reader.Scalar("country", required: true);
        var competences = References(reader.ScalarList("competences", required: true));
        var authors = References(reader.ScalarList("authors", required: true));
        var date = reader.Date("date", required: true);
        var updated = reader.Date("updated", required: false);
        var tags = Texts(reader.ScalarList("tags", required: false));
        var objectives = Texts(reader.ScalarList("learning_objectives", required: false));
        var questions = Texts(reader.ScalarList("discussion_questions", required: false));
        var licence = reader.Scalar("licence", required: false);
        var translators = References(reader.ScalarList("translators", required: false));
        var draft = reader.Bool("draft");

        if (updated is { } u && date is { } d && u < d)
            diagnostics.Error("CL0113", $"'updated' ({u:yyyy-MM-dd}) is before 'date' ({d:yyyy-MM-dd})", reader.LocationOf("updated"));

        var body = _markdown.Convert(source.Language, file.Path, split.Body, split.BodyLineOffset, diagnostics);
        if (title is null || summary is null || country is null || date is null || competences.Count == 0 || authors.Count == 0)
            return null;

        return new CaseDocument(
            caseId, source.Language, file.Path, title.Trim(), summary.Trim(),
            new Reference(country.Value, country.Location), competences, authors, date.Value, updated,
            tags, objectives, questions, licence is null ? null : new Reference(licence.Value, licence.Location),
            translators, draft, body);
    }

    private static List<Reference> References(IReadOnlyList<YamlScalar> scalars) =>
        scalars.Select(s => new Reference(s.Value.Trim(), s.Location)).ToList();

    private static List<string> Texts(IReadOnlyList<YamlScalar> scalars) =>
        scalars.Select(s => s.Value.Trim()).Where(s => s.Length > 0).ToList();
}
