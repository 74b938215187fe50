using CaseLibrary.Build;
using CaseLibrary.Search;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// The search index's documents are a case version's sections (issue 14): the text before the first heading, then
/// one per top-level heading, with the heading's id as the page renders it; the case's own fields go with section 0.
/// </summary>
public sealed class SectionDocumentTests
{
    private const string Body = """
        The opening words before any heading.

        ## Where it began

        A harbour café with **no forms**.

        ### A detail

        Still the first section.

        ## What happened

        - listened first
        - training courses later
        """;

    [Fact]
    public void A_body_is_cut_at_its_top_level_headings_and_the_page_has_their_ids()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case("Harbour outreach", body: Body)));
        var result = new BuildPipeline().Run(new BuildOptions(cases, RepoPaths.Theme, "unused", DisplayRoot: temp.Path), write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var version = result.Model!.Cases.Single().In("en")!;
        var sections = version.Body.Sections;

        Assert.Equal(["", "where-it-began", "a-detail", "what-happened"], sections.Select(s => s.Id));
        Assert.Equal(["", "Where it began", "A detail", "What happened"], sections.Select(s => s.Heading));
        Assert.Equal("The opening words before any heading.", sections[0].Text.Trim());
        Assert.Contains("A harbour café with no forms.", sections[1].Text);
        Assert.DoesNotContain("Where it began", sections[1].Text);
        Assert.Contains("training courses later", sections[3].Text);
        // Together the sections hold the whole plain text, heading lines apart, and the word count counts all of it.
        Assert.Equal(["The opening words before any heading.", "A harbour café with no forms.", "Still the first section.", "listened first\ntraining courses later"],
            sections.Select(s => s.Text.Trim()));
        Assert.Equal(28, version.Body.WordCount);
        // Every section id is an element id of the rendered page.
        foreach (var section in sections.Skip(1)) Assert.Contains($"id=\"{section.Id}\"", version.Body.Html);

        var documents = SearchCatalog.Documents(result.Model, "en", code => code);
        Assert.Equal(["0.0", "0.1", "0.2", "0.3"], documents.Select(d => d.Ref));
        var fields = SearchCatalog.Fields.Select(f => f.Name).ToList();
        string Value(int doc, string field) => documents[doc].Values[fields.IndexOf(field)];
        Assert.Equal("Harbour outreach", Value(0, "title"));
        Assert.Equal("A summary.", Value(0, "summary"));
        Assert.Equal("", Value(0, "heading"));
        Assert.Equal("", Value(1, "title"));
        Assert.Equal("Where it began", Value(1, "heading"));
        Assert.Contains("no forms", Value(1, "body"));

        var text = System.Text.Json.JsonDocument.Parse(SearchCatalog.Result("v", result.Model!.Cases[0], version, CaseData.Of(result.Model!, result.Model!.Cases[0], version, "en", code => code))).RootElement.GetProperty("sections");
        Assert.Equal(4, text.GetArrayLength());
        Assert.Equal("what-happened", text[3][0].GetString());
        Assert.Equal("listened first training courses later", text[3][2].GetString());
    }

    /// <summary>
    /// The learning objectives and discussion questions are searched as the last sections of a version, under the page's
    /// headings and ids (their words were found nowhere, and the typo fallback "corrected" them into other words); words
    /// with an apostrophe between letters are indexed as their pieces of two letters or more ("impiego" found no case
    /// that writes "l'impiego"), and shown as written.
    /// </summary>
    [Fact]
    public void Objectives_and_questions_are_the_last_sections_and_apostrophes_split_the_indexed_words()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case("Harbour outreach",
            extra: "learning_objectives:\n  - Plan l'impiego of peers.\n  - Name two risks.\ndiscussion_questions:\n  - Why the practitioner’s doubt?")));
        var result = new BuildPipeline().Run(new BuildOptions(cases, RepoPaths.Theme, "unused", DisplayRoot: temp.Path), write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var version = result.Model!.Cases[0].In("en")!;
        string Label(string key) => key switch { "case.learning_objectives" => "What you learn", "case.discussion_questions" => "To discuss", _ => key };

        var documents = SearchCatalog.Documents(result.Model, "en", code => code, Label);
        var fields = SearchCatalog.Fields.Select(f => f.Name).ToList();
        var body = version.Body.Sections.Count;
        Assert.Equal(body + 2, documents.Count);
        Assert.Equal(("What you learn", "Plan impiego of peers.\nName two risks."), (documents[body].Values[fields.IndexOf("heading")], documents[body].Values[fields.IndexOf("body")]));
        Assert.Equal(("To discuss", "Why the practitioner doubt?"), (documents[body + 1].Values[fields.IndexOf("heading")], documents[body + 1].Values[fields.IndexOf("body")]));
        Assert.Equal("", documents[body].Values[fields.IndexOf("title")]);

        var sections = System.Text.Json.JsonDocument.Parse(SearchCatalog.Result("v", result.Model.Cases[0], version, CaseData.Of(result.Model, result.Model.Cases[0], version, "en", code => code), Label)).RootElement.GetProperty("sections");
        Assert.Equal(body + 2, sections.GetArrayLength());
        Assert.Equal(["cl-objectives", "What you learn", "Plan l'impiego of peers. Name two risks."], sections[body].EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["cl-questions", "To discuss", "Why the practitioner’s doubt?"], sections[body + 1].EnumerateArray().Select(e => e.GetString()));
        // The ids are those of the case page's headings, so a result links to them.
        var page = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "en/cases/a-case/index.html").Bytes);
        Assert.Contains($"id=\"{SearchCatalog.ObjectivesId}\"", page);
        Assert.Contains($"id=\"{SearchCatalog.QuestionsId}\"", page);
    }

    [Fact]
    public void The_result_file_holds_the_values_section_0_indexes_so_a_card_can_say_which_one_matched()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case("Harbour outreach", extra: "tags: [mentoring, \"young people\"]")));
        var result = new BuildPipeline().Run(new BuildOptions(cases, RepoPaths.Theme, "unused", DisplayRoot: temp.Path), write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var model = result.Model!;
        var version = model.Cases[0].In("en")!;
        var about = CaseData.Of(model, model.Cases[0], version, "en", code => code == "IE" ? "Ireland" : code);

        var documents = SearchCatalog.Documents(model, "en", code => code == "IE" ? "Ireland" : code);
        var fields = SearchCatalog.Fields.Select(f => f.Name).ToList();
        string Value(string field) => documents[0].Values[fields.IndexOf(field)];
        using var file = System.Text.Json.JsonDocument.Parse(SearchCatalog.Result("v", model.Cases[0], version, about));
        var root = file.RootElement;
        Assert.Equal(["mentoring", "young people"], root.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(string.Join(" ", root.GetProperty("tags").EnumerateArray().Select(t => t.GetString())), Value("tags"));
        Assert.Equal([["listening", "Listening"]], root.GetProperty("competences").EnumerateArray().Select(c => c.EnumerateArray().Select(x => x.GetString()).ToArray()));
        Assert.Equal("Listening", Value("competences"));
        Assert.Equal("Ireland", root.GetProperty("country").GetString());
        Assert.Equal("Ireland", Value("country"));
        Assert.Equal("ann-smith", root.GetProperty("authors")[0][0].GetString());
        Assert.Equal(root.GetProperty("authors")[0][1].GetString(), Value("authors"));
    }

    [Fact]
    public void The_result_store_names_the_language_of_the_notes_a_version_offers_its_own_first()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp,
            ("english-notes/en.md", MiniLibrary.Case()), ("english-notes/it.md", MiniLibrary.Case(extra: "translators: [ann-smith]")),
            ("english-notes/en.notes.md", "Notes.\n"),
            ("both-notes/en.md", MiniLibrary.Case()), ("both-notes/it.md", MiniLibrary.Case(extra: "translators: [ann-smith]")),
            ("both-notes/en.notes.md", "Notes.\n"), ("both-notes/it.notes.md", "Note.\n"),
            ("no-notes/en.md", MiniLibrary.Case()), ("no-notes/it.md", MiniLibrary.Case(extra: "translators: [ann-smith]")));
        var result = new BuildPipeline().Run(new BuildOptions(cases, RepoPaths.Theme, "unused", DisplayRoot: temp.Path), write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var urls = new CaseLibrary.Rendering.SiteUrls(result.Model!.Config);

        Dictionary<string, string> NotesOf(string lang)
        {
            using var store = System.Text.Json.JsonDocument.Parse(SearchCatalog.Store(result.Model, lang, urls));
            Assert.Equal("/{lang}/cases/{id}/notes/", store.RootElement.GetProperty("notes").GetString());
            var languages = store.RootElement.GetProperty("languages");
            return store.RootElement.GetProperty("docs").EnumerateArray().Select((d, n) => (d, n))
                .ToDictionary(p => result.Model.Cases[p.n].Id, p => p.d[1].GetInt32() is var k && k >= 0 ? languages[k].GetString()! : "");
        }

        Assert.Equal(new Dictionary<string, string> { ["both-notes"] = "en", ["english-notes"] = "en", ["no-notes"] = "" }, NotesOf("en"));
        // The Italian version offers its own notes, else the English ones.
        Assert.Equal(new Dictionary<string, string> { ["both-notes"] = "it", ["english-notes"] = "en", ["no-notes"] = "" }, NotesOf("it"));
    }
}
