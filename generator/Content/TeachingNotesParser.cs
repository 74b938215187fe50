using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Markdown;
using CaseLibrary.Yaml;

namespace CaseLibrary.Content;

/// <summary>
/// Parses <c>cases/&lt;id&gt;/&lt;lang&gt;.notes.md</c>. The front matter is optional (title, target_group, duration);
/// when present it is as strict as a case's. The body goes through the same Markdown converter as a case, so raw
/// HTML, unsafe links and level-1 headings get the same diagnostics at the same file(line,col).
/// </summary>
public sealed class TeachingNotesParser
{
    public static readonly string[] Keys = ["title", "target_group", "duration"];

    private readonly MarkdownConverter _markdown;

    public TeachingNotesParser(MarkdownConverter markdown) => _markdown = markdown;

    public TeachingNotes? Parse(string caseId, CaseSource source, DiagnosticBag diagnostics)
    {
        var file = source.File;
        if (file.Text.Trim().Length == 0)
        {
            diagnostics.Error("CL0110", "the teaching notes are empty: write the notes in Markdown, or delete the file", SourceLocation.StartOf(file.Path));
            return null;
        }

        string? title = null, targetGroup = null, duration = null;
        var body = file.Text;
        var bodyOffset = 0;
        if (FrontMatterSplitter.Opens(file.Text))
        {
            var split = FrontMatterSplitter.Split(file, diagnostics);
            if (split is null) return null;
            var mapping = FrontMatterSplitter.ReadMapping(file, split, diagnostics);
            if (mapping is null) return null;
            if (mapping.Entries.Count == 0 && FrontMatterSplitter.StartsWithKeyLine(split.Body))
            {
                diagnostics.Error("CL0102", $"the front matter is empty: line {split.BodyLineOffset} is a second '---' right after the first, so the lines below it would be published as text of the notes: delete one of the two '---' lines",
                    new SourceLocation(file.Path, split.BodyLineOffset, 1));
                return null;
            }
            var reader = new YamlMappingReader(mapping, Keys, "the teaching notes' front matter", diagnostics);
            title = reader.String("title", required: false)?.Trim();
            targetGroup = reader.String("target_group", required: false)?.Trim();
            duration = reader.String("duration", required: false)?.Trim();
            body = split.Body;
            bodyOffset = split.BodyLineOffset;
        }

        var converted = _markdown.Convert(source.Language, file.Path, body, bodyOffset, diagnostics, relativePrefix: "../");
        return new TeachingNotes(caseId, source.Language, file.Path, Empty(title), Empty(targetGroup), Empty(duration), converted);
    }

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
