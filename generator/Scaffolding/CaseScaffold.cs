using System.Text;
using CaseLibrary.Content;
using CaseLibrary.Contract;
using CaseLibrary.Schema;

namespace CaseLibrary.Scaffolding;

/// <summary>
/// The text of a new case file: front matter with every field of <see cref="ContentContract.CaseFrontMatter"/>, each
/// explained by a comment taken from the contract, example values that pass <c>check</c>, comments that name the commands the reader has (check, serve), and a Markdown body.
/// Pure: the caller reads the library and writes the file.
/// </summary>
public static class CaseScaffold
{
    /// <summary>Where the case schema lives, relative to <c>cases/&lt;id&gt;/&lt;lang&gt;.md</c>.</summary>
    public const string SchemaReference = "../" + SchemaFolder.Name + "/" + SchemaFolder.CaseSchema;

    /// <summary>A new original case: example values drawn from the library's own competences and authors.</summary>
    /// <param name="invocation">How the reader starts caselib (<c>caselib</c>, or <c>dotnet run --project generator --</c> in a clone): the comments name the commands they have.</param>
    /// <param name="language">The file's language: its sections are written in it.</param>
    public static string Original(ScaffoldExamples examples, DateOnly today, string invocation = "caselib", string language = "en")
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = YamlText.Quote(Placeholders.TextPrefix + " the title of your case"),
            ["summary"] = YamlText.Quote(Placeholders.TextPrefix + " one to three sentences: who did what, where, and what the case shows."),
            ["country"] = examples.Country,
            ["competences"] = YamlText.Ids(examples.Competences),
            ["authors"] = YamlText.Ids([Placeholders.PersonId]),
            ["date"] = YamlText.Date(today),
            ["tags"] = YamlText.Texts(Placeholders.Tags),
            ["learning_objectives"] = Block([Placeholders.TextPrefix + " something a reader will be able to do after reading the case."]),
            ["discussion_questions"] = Block([Placeholders.TextPrefix + " a question for discussion?"]),
            ["licence"] = examples.Licence,
            ["updated"] = "#" + YamlText.Date(today),
            ["translators"] = "#" + YamlText.Ids([Placeholders.PersonId]),
            ["draft"] = "true",
        };
        return Compose([$"A new case. Replace the example values (your-id: your id from authors.yaml), then run: {invocation} check", Preview(invocation)], values, ScaffoldSections.Body(language));
    }

    /// <summary>
    /// A translation pre-filled from the front matter and body of the version it is made from, for translating in place.
    /// <paramref name="caseOriginal"/>: the case's original when that version is itself a translation (its licence is
    /// the case's, and the file says which is the original).
    /// </summary>
    public static string Translation(CaseDocument original, string originalPath, string originalBody, DateOnly today, string invocation = "caselib", CaseDocument? caseOriginal = null)
    {
        var licensed = caseOriginal ?? original;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = YamlText.Quote(original.Title),
            ["summary"] = YamlText.Quote(original.Summary),
            ["country"] = original.Country.Id,
            ["competences"] = YamlText.Ids(original.Competences.Select(c => c.Id)),
            ["authors"] = YamlText.Ids(original.Authors.Select(a => a.Id)),
            ["date"] = YamlText.Date(original.Date),
            ["tags"] = YamlText.Texts(original.Tags),
            ["learning_objectives"] = Block(original.LearningObjectives),
            ["discussion_questions"] = Block(original.DiscussionQuestions),
            ["licence"] = licensed.Licence is { } licence ? licence.Id : "#CC-BY-4.0",
            ["updated"] = original.Updated is { } updated ? YamlText.Date(updated) : "#" + YamlText.Date(today),
            ["translators"] = YamlText.Ids([Placeholders.PersonId]),
            ["draft"] = "true",
        };
        string[] intro =
        [
            original.IsTranslation
                ? $"A translation of {originalPath} ('{original.Language}', itself a translation{(caseOriginal is null ? "" : $" of the original, {caseOriginal.SourcePath}")})."
                : $"A translation of {originalPath} (the original, '{original.Language}').",
            "Translate title, summary, tags, objectives, questions and the text below; keep the ids, country and date.",
            $"Put your own id from authors.yaml in translators (in place of your-id), then run: {invocation} check",
            Preview(invocation),
        ];
        return Compose(intro, values, originalBody.TrimStart('\n'));
    }

    /// <summary>serve shows drafts (marked as drafts on their pages); build leaves them out until 'draft: true' is removed.</summary>
    private static string Preview(string invocation) =>
        $"See it as a web page while you write: {invocation} serve, then open http://127.0.0.1:8008/ (drafts are shown there, marked as drafts; build leaves them out)";

    private static string Compose(IReadOnlyList<string> intro, Dictionary<string, string> values, string body)
    {
        var text = new StringBuilder("---\n");
        text.Append("# yaml-language-server: $schema=").Append(SchemaReference).Append('\n');
        foreach (var line in intro) text.Append("# ").Append(line).Append('\n');
        foreach (var field in ContentContract.CaseFrontMatter)
        {
            var value = values[field.Name];
            text.Append('\n').Append("# ").Append(field.Required ? "Required. " : "Optional. ").Append(field.Description).Append('\n');
            if (value.StartsWith('#')) text.Append("# ").Append(field.Name).Append(": ").Append(value[1..]).Append('\n');
            else if (value.StartsWith('\n')) text.Append(field.Name).Append(':').Append(value).Append('\n');
            else text.Append(field.Name).Append(": ").Append(value).Append('\n');
        }
        text.Append("---\n").Append(body);
        return text.ToString();
    }

    private static string Block(IReadOnlyList<string> items) =>
        items.Count == 0 ? "[]" : string.Concat(items.Select(i => "\n  - " + YamlText.Quote(i))).TrimEnd('\n');
}
