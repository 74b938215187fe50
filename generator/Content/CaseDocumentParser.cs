using CaseLibrary.Contract;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Markdown;
using CaseLibrary.Yaml;

namespace CaseLibrary.Content;

/// <summary>Parses <c>cases/&lt;id&gt;/&lt;lang&gt;.md</c>: strict front matter, then the Markdown body.</summary>
public sealed partial class CaseDocumentParser
{
    public static readonly string[] Keys = ContentContract.Keys(ContentContract.CaseFrontMatter);

    private readonly MarkdownConverter _markdown;

    public CaseDocumentParser(MarkdownConverter markdown) => _markdown = markdown;

    public CaseDocument? Parse(string caseId, CaseSource source, DiagnosticBag diagnostics)
    {
        var file = source.File;
        var split = FrontMatterSplitter.Split(file, diagnostics);
        if (split is null) return null;
        var mapping = FrontMatterSplitter.ReadMapping(file, split, diagnostics);
        if (mapping is null) return null;
        if (mapping.Entries.Count == 0)
        {
            // One message, not one "missing required key" per key.
            var keys = ContentContract.CaseFrontMatter.Where(f => f.Required).Select(f => f.Name);
            var message = FrontMatterSplitter.StartsWithKeyLine(split.Body)
                ? $"the front matter is empty: line {split.BodyLineOffset} is a second '---' right after the first, so the lines below it are not read as front matter: delete one of the two '---' lines"
                : $"the front matter is empty: write {string.Join(", ", keys)} between the two '---' lines";
            diagnostics.Error("CL0102", message, new SourceLocation(file.Path, split.BodyLineOffset, 1));
            return null;
        }

        var reader = new YamlMappingReader(mapping, Keys, "the front matter", diagnostics);
        var title = reader.String("title", required: true);
        var summary = reader.String("summary", required: true);
        var country = reader.Scalar("country", required: true);
        var competences = References(reader.ScalarList("competences", required: true));
        var authors = References(reader.ScalarList("authors", required: true));
        var date = reader.Date("date", required: true);
        var updated = reader.Date("updated", required: false);
        var tagScalars = reader.ScalarList("tags", required: false);
        var objectiveScalars = reader.ScalarList("learning_objectives", required: false);
        var questionScalars = reader.ScalarList("discussion_questions", required: false);
        var tags = Texts(tagScalars);
        var objectives = Texts(objectiveScalars);
        var questions = Texts(questionScalars);
        var licence = reader.Scalar("licence", required: false);
        var translators = References(reader.ScalarList("translators", required: false));
        var draft = reader.Bool("draft");

        if (updated is { } u && date is { } d && u < d)
            diagnostics.Error("CL0113", $"'updated' ({u:yyyy-MM-dd}) is before 'date' ({d:yyyy-MM-dd})", reader.LocationOf("updated"));

        var body = _markdown.Convert(source.Language, file.Path, split.Body, split.BodyLineOffset, diagnostics);

        var placeholders = new List<(SourceLocation, string, string)>();
        const string write = "write your own text in its place";
        foreach (var key in (string[])["title", "summary"])
            if (reader.Node(key) is YamlScalar text && Placeholders.IsText(text.Value)) placeholders.Add((text.Location, $"'{key}'", write));
        foreach (var (key, items) in (ValueTuple<string, IReadOnlyList<YamlScalar>>[])[("tags", tagScalars), ("learning_objectives", objectiveScalars), ("discussion_questions", questionScalars)])
            placeholders.AddRange(items.Where(i => Placeholders.IsText(i.Value)).Select(i => (i.Location, $"this item of '{key}'", "write your own, or delete the line")));
        placeholders.AddRange(authors.Concat(translators).Where(r => r.Id == Placeholders.PersonId)
            .Select(r => (r.Location, $"the id '{Placeholders.PersonId}'", "put your own id from authors.yaml in its place (if you are not in authors.yaml yet, add yourself there first)")));
        placeholders.AddRange(CaseTextChecks.PlaceholderParagraphs(split.Body)
            .Select(line => (new SourceLocation(file.Path, split.BodyLineOffset + line + 1, 1), "this paragraph", "write your own text, or delete the paragraph")));
        CaseTextChecks.Placeholders(placeholders, draft, diagnostics);
        if (!ReferenceEquals(body, MarkdownBody.Empty)) // a body refused by a limit has its own error
            CaseTextChecks.EmptyBody(split.Body, draft, new SourceLocation(file.Path, split.BodyLineOffset, 1), diagnostics);
        if (summary is not null && reader.Node("summary") is { } summaryNode) CaseTextChecks.LongSummary(summary.Trim(), summaryNode.Location, diagnostics);
        CaseTextChecks.RepeatedTags(tagScalars, diagnostics);
        foreach (var key in (string[])["title", "summary"])
            if (reader.Node(key) is YamlScalar text) CaseTextChecks.MarkdownInPlainText($"'{key}'", text, diagnostics);
        foreach (var (key, items) in (ValueTuple<string, IReadOnlyList<YamlScalar>>[])[("learning_objectives", objectiveScalars), ("discussion_questions", questionScalars)])
            foreach (var item in items) CaseTextChecks.MarkdownInPlainText($"each item of '{key}'", item, diagnostics);

        if (title is null || summary is null || country is null || date is null || competences.Count == 0 || authors.Count == 0)
            return null;

        return new CaseDocument(
            caseId, source.Language, file.Path, title.Trim(), summary.Trim(),
            new Reference(country.Value, country.Location), competences, authors, date.Value, updated,
            tags, objectives, questions, licence is null ? null : new Reference(licence.Value, licence.Location),
            translators, draft, body)
        {
            TitleLocation = reader.Node("title")?.Location ?? reader.Location,
            LearningObjectivesKey = reader.Has("learning_objectives") ? reader.LocationOf("learning_objectives") : null,
            DiscussionQuestionsKey = reader.Has("discussion_questions") ? reader.LocationOf("discussion_questions") : null,
            NamesPlaceholder = authors.Concat(translators).Any(r => r.Id == Placeholders.PersonId),
        };
    }

    private static List<Reference> References(IReadOnlyList<YamlScalar> scalars) =>
        scalars.Select(s => new Reference(s.Value.Trim(), s.Location)).ToList();

    private static List<string> Texts(IReadOnlyList<YamlScalar> scalars) =>
        scalars.Select(s => s.Value.Trim()).Where(s => s.Length > 0).ToList();
}
