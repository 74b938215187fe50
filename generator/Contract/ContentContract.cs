namespace CaseLibrary.Contract;

/// <summary>
/// The content contract in one table: every key of a case's front matter and of the data files, with its type,
/// required-ness and meaning. The parsers take their known keys from here (unknown keys and "did you mean" hints),
/// <c>caselib new</c> writes its comments from here, and the JSON Schemas are generated from here, so none can drift.
/// </summary>
public static class ContentContract
{
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static readonly IReadOnlyList<Field> CaseFrontMatter =
    [
        new("title", FieldType.Text, true, "The title of the case in this language."),
        new("summary", FieldType.Text, true, "One to three sentences of plain text: what happened and what the case is about."),
        new("country", FieldType.Country, true, "Where the case took place: an ISO 3166-1 alpha-2 country code such as IE, GB, IT, FR (GB for the United Kingdom)."),
        new("competences", FieldType.IdList, true, "Ids of the competences the case illustrates, from competences.yaml."),
        new("authors", FieldType.IdList, true, "Ids of the people who wrote the case, from authors.yaml."),
        new("date", FieldType.Date, true, "When the case was first published, written YYYY-MM-DD."),
        new("tags", FieldType.TextList, false, "Free keywords that help readers find the case."),
        new("learning_objectives", FieldType.TextList, false, "What a reader should be able to do after working through the case."),
        new("discussion_questions", FieldType.TextList, false, "Questions for a group or a reader to discuss."),
        new("licence", FieldType.Licence, false, "SPDX licence id of this case, e.g. CC-BY-4.0; leave it out to use the library's licence."),
        new("updated", FieldType.Date, false, "When this version was last changed in substance, written YYYY-MM-DD; not before date."),
        new("translators", FieldType.IdList, false, "Ids of the translators, from authors.yaml. A version with translators is a translation; the version without is the original."),
        new("draft", FieldType.Boolean, false, "true leaves this version out of the published site (check and build --drafts still include it). Remove the line when it is ready."),
    ];

    public static readonly IReadOnlyList<Field> Library =
    [
        new("title", FieldType.LocalizedText, true, "The library's name, per language."),
        new("languages", FieldType.LanguageList, true, "The site's languages in order; the first is the default."),
        new("tagline", FieldType.LocalizedText, false, "A line under the title on the home page, per language."),
        new("base_url", FieldType.Url, false, "The absolute http(s) address the site is published at, e.g. https://example.org/library/."),
        new("licence", FieldType.Licence, false, "SPDX licence id for cases that do not name one (default CC-BY-4.0)."),
        new("credit", FieldType.LocalizedText, false, "A credit line in the footer, per language."),
        new("about", FieldType.LocalizedText, false, "The text of the About page (/<lang>/about/, linked from the footer), per language: paragraphs of plain text separated by a blank line, written as a block (en: | and the text indented below). Leave it out and the site has no About page."),
        new("paper", FieldType.LocalizedText, false, "Paper size of printed pages and of the --pdf PDFs: A4 (the default) or letter, for every language (paper: letter) or per language (paper: {en: letter}); a language not named prints on A4."),
        new("minimum_words", FieldType.Number, false, "The library's editorial rule: the original of every published case needs at least this many words, learning objectives and discussion questions (warnings CL0160-CL0162); leave it out to check none of these."),
    ];

    public static readonly IReadOnlyList<Field> Competence =
    [
        new("number", FieldType.Number, true, "The competence's number in the framework (1, 2, …); each number once."),
        new("name", FieldType.LocalizedText, true, "The competence's name, per language."),
        new("description", FieldType.LocalizedText, false, "What the competence means, per language."),
    ];

    public static readonly IReadOnlyList<Field> Author =
    [
        new("name", FieldType.Text, true, "The person's name as it should appear."),
        new("organisation", FieldType.Text, false, "Where they work."),
        new("country", FieldType.Country, false, "ISO 3166-1 alpha-2 code of the country they work in."),
        new("bio", FieldType.LocalizedText, false, "A short biography, per language."),
        new("links", FieldType.Links, false, "Web pages about them: a list of {label, url} with http(s) addresses."),
    ];

    public static readonly IReadOnlyList<Field> AuthorLink =
    [
        new("label", FieldType.Text, true, "The link text."),
        new("url", FieldType.Url, true, "An http(s) address."),
    ];

    public static string[] Keys(IReadOnlyList<Field> fields) => fields.Select(f => f.Name).ToArray();
}
