using System.Text.Json;
using AngleSharp.Html.Parser;
using CaseLibrary.Tests.Citations;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// What trainers get from a built site: JSON-LD with the learning-resource fields, the JSON Feed, citation downloads
/// and Highwire tags, teaching notes, provenance of translations and the course pack data — with hostile strings.
/// </summary>
public sealed class TrainerOutputTests
{
    private const string Title = "</script><script>alert(1)</script> {Braces} % \\ \"quoted\" é 日本";
    private const string Name = "Zoë \"Z\" </script> de la Cruz";

    private static (TempFolder Temp, string Public) BuildHostile()
    {
        var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp,
            ("hostile/en.md", MiniLibrary.Case(title: Title.Replace("\\", "\\\\").Replace("\"", "\\\""),
                extra: "updated: 2024-06-01\nlearning_objectives: [\"Objective <b>one</b>\"]\ndiscussion_questions: [\"Question } {\"]")),
            ("hostile/it.md", MiniLibrary.Case(title: "Caso ostile", extra: "translators: [zoe-cruz]")),
            ("hostile/en.notes.md", "---\ntarget_group: \"Trainers & <friends>\"\nduration: 90 minutes\n---\n## Plan\n\nSee the [case](../hostile/) and [the image](diagram.png).\n"),
            ("hostile/diagram.png", "not really a png"));
        temp.Write("cases/authors.yaml", $"ann-smith:\n  name: Ann Smith\nzoe-cruz:\n  name: '{Name}'\n");
        var outcome = Caselib.Build(cases, temp["public"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        return (temp, temp["public"]);
    }

    [Fact]
    public void Json_ld_is_an_article_and_learning_resource_aligned_to_the_competences()
    {
        var (temp, site) = BuildHostile();
        using var _ = temp;
        var parser = new HtmlParser();
        var originalText = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "en/cases/hostile/index.html")))
            .QuerySelector("script[type='application/ld+json']")!.TextContent;
        // '<' and '&' are escaped, so the title's "</script>" cannot end the element; letters outside ASCII are themselves.
        Assert.DoesNotContain("<", originalText);
        Assert.Contains("é 日本", originalText);
        var original = JsonDocument.Parse(originalText).RootElement;
        var translation = JsonDocument.Parse(parser.ParseDocument(File.ReadAllText(Path.Combine(site, "it/cases/hostile/index.html")))
            .QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        Assert.Equal(["Article", "LearningResource"], original.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(Title, original.GetProperty("headline").GetString());
        Assert.Equal("en", original.GetProperty("inLanguage").GetString());
        Assert.Equal("Ann Smith", original.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("IE", original.GetProperty("countryOfOrigin").GetProperty("name").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", original.GetProperty("license").GetString());
        Assert.Equal(["Listening"], original.GetProperty("teaches").EnumerateArray().Select(t => t.GetString()));
        var alignment = original.GetProperty("educationalAlignment")[0];
        Assert.Equal("AlignmentObject", alignment.GetProperty("@type").GetString());
        Assert.Equal("teaches", alignment.GetProperty("alignmentType").GetString());
        Assert.Contains("competence framework", alignment.GetProperty("educationalFramework").GetString());
        Assert.Equal("Listening", alignment.GetProperty("targetName").GetString());
        Assert.Equal("https://example.org/en/competences/listening/", alignment.GetProperty("targetUrl").GetString());
        Assert.False(alignment.TryGetProperty("targetDescription", out var _)); // on the competence's page, not on every case's
        Assert.Equal("https://example.org/it/cases/hostile/", original.GetProperty("workTranslation")[0].GetProperty("@id").GetString());

        Assert.Equal("it", translation.GetProperty("inLanguage").GetString());
        Assert.Equal(Name, translation.GetProperty("translator")[0].GetProperty("name").GetString());
        Assert.Equal("https://example.org/en/cases/hostile/", translation.GetProperty("translationOfWork").GetProperty("@id").GetString());
        Assert.Equal("Ascolto", translation.GetProperty("educationalAlignment")[0].GetProperty("targetName").GetString());
    }

    [Fact]
    public void Json_feed_is_version_1_1_linked_from_every_page_and_keeps_hostile_titles()
    {
        var (temp, site) = BuildHostile();
        using var _ = temp;
        using var feed = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "en/feed.json")));
        var root = feed.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("https://example.org/en/feed.json", root.GetProperty("feed_url").GetString());
        var item = Assert.Single(root.GetProperty("items").EnumerateArray().ToList());
        Assert.Equal(Title, item.GetProperty("title").GetString());
        Assert.Equal("https://example.org/en/cases/hostile/", item.GetProperty("url").GetString());
        Assert.Equal("Ann Smith", item.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal("CC BY 4.0", item.GetProperty("_caselib").GetProperty("licence").GetString());

        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "en/index.html")));
        Assert.Equal("/en/feed.json", home.QuerySelector("link[rel=alternate][type='application/feed+json']")!.GetAttribute("href"));
        Assert.Contains("<rights>CC BY 4.0 https://creativecommons.org/licenses/by/4.0/</rights>", File.ReadAllText(Path.Combine(site, "en/feed.xml")));
    }

    [Fact]
    public void Case_pages_link_the_citation_downloads_which_parse_with_hostile_titles()
    {
        var (temp, site) = BuildHostile();
        using var _ = temp;
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "it/cases/hostile/index.html")));
        var links = page.QuerySelectorAll(".downloads a").ToList();
        Assert.Equal(["hostile-it.bib", "hostile-it.ris", "hostile-it.json"], links.Select(a => a.GetAttribute("download")));
        Assert.Equal(["application/x-bibtex", "application/x-research-info-systems", "application/vnd.citationstyles.csl+json"],
            links.Select(a => DataUrl.Read(a.GetAttribute("href")!).MediaType));
        Assert.Equal(links.Select(a => a.GetAttribute("type")), links.Select(a => DataUrl.Read(a.GetAttribute("href")!).MediaType));
        Assert.Empty(Directory.EnumerateFiles(site, "*.bib", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(site, "*.ris", SearchOption.AllDirectories)));
        Assert.False(File.Exists(Path.Combine(site, "it/cases/hostile/hostile-it.json")));
        Assert.Equal("Caso ostile", page.QuerySelector("meta[name=citation_title]")!.GetAttribute("content"));
        Assert.Equal("Smith, Ann", page.QuerySelector("meta[name=citation_author]")!.GetAttribute("content"));
        Assert.Equal("2024/01/02", page.QuerySelector("meta[name=citation_publication_date]")!.GetAttribute("content"));
        Assert.Equal("it", page.QuerySelector("meta[name=citation_language]")!.GetAttribute("content"));
        Assert.Equal("Mini IT", page.QuerySelector("meta[name=citation_publisher]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("meta[name=citation_pdf_url]"));
        // APA 7 for a web page: the day and month in the page's language, the title in italics (<cite>).
        Assert.Equal("Smith, A. (2024, 2 gennaio). Caso ostile (trad. di Z. Z. s. de la Cruz). Mini IT. https://example.org/it/cases/hostile/",
            page.QuerySelector(".citation")!.TextContent);
        Assert.Equal("Caso ostile", page.QuerySelector(".citation cite")!.TextContent);
        // "Copy citation" waits, hidden, for the script that can copy (site.js); its words are the page's.
        var copy = page.QuerySelector(".cite .cite-copy")!;
        Assert.True(copy.HasAttribute("hidden"));
        Assert.Equal("Copia il riferimento", copy.QuerySelector("button[type=button]")!.TextContent);
        Assert.Equal("Riferimento copiato.", copy.QuerySelector("button")!.GetAttribute("data-copied"));
        Assert.NotNull(copy.QuerySelector("[role=status]"));
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", page.QuerySelector(".case-end a[rel=license]")!.GetAttribute("href"));

        var english = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "en/cases/hostile/index.html")));
        Assert.StartsWith("Smith, A. (2024, January 2). " + Title + ". Mini. https://example.org/en/cases/hostile/", english.QuerySelector(".citation")!.TextContent);
        Assert.Equal(Title, english.QuerySelector(".citation cite")!.TextContent);
        string Download(AngleSharp.Dom.IDocument document, string extension) =>
            DataUrl.Read(document.QuerySelector($".downloads a[download$='.{extension}']")!.GetAttribute("href")!).Text;
        var entry = BibTexReader.Parse(Download(english, "bib"));
        Assert.Equal(Title, BibTexReader.Decode(entry.Fields["title"]));
        Assert.Equal("https://example.org/en/cases/hostile/", entry.Fields["url"]);
        Assert.Equal("english", entry.Fields["langid"]);
        Assert.Equal("italian", BibTexReader.Parse(Download(page, "bib")).Fields["langid"]);
        Assert.Equal(["Mini IT"], RisReader.Parse(Download(page, "ris"))["T2"]);
        var translated = BibTexReader.Parse(Download(page, "bib"));
        Assert.Equal([("de la Cruz", "Zoë \"Z\" </script>")], BibTexReader.Names(translated.Fields["translator"]));
        Assert.Equal([Title], RisReader.Parse(Download(english, "ris"))["TI"]);
        using var csl = JsonDocument.Parse(Download(english, "json"));
        Assert.Equal(Title, csl.RootElement[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Translations_show_provenance_and_an_outdated_notice_when_the_original_is_newer()
    {
        var (temp, site) = BuildHostile();
        using var _ = temp;
        var translation = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "it/cases/hostile/index.html")));
        var provenance = translation.QuerySelector(".provenance")!;
        Assert.Contains(Name, provenance.TextContent);
        Assert.Equal("/en/cases/hostile/", provenance.QuerySelector("a[hreflang=en]")!.GetAttribute("href"));
        Assert.Equal("2024-01-02", provenance.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.NotNull(translation.QuerySelector(".notice[role=note]"));

        var original = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "en/cases/hostile/index.html")));
        Assert.Null(original.QuerySelector(".provenance"));
        Assert.Null(original.QuerySelector(".notice"));
    }

    [Fact]
    public void Teaching_notes_render_as_a_trainer_page_linked_from_the_case_with_links_fixed_up()
    {
        var (temp, site) = BuildHostile();
        using var _ = temp;
        var parser = new HtmlParser();
        var casePage = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "en/cases/hostile/index.html")));
        Assert.Equal("/en/cases/hostile/notes/", casePage.QuerySelector(".trainer-actions a[href$='/notes/']")!.GetAttribute("href"));
        // The Italian version has no notes of its own: it links the English ones, saying they are in English.
        var italianNotes = Assert.Single(parser.ParseDocument(File.ReadAllText(Path.Combine(site, "it/cases/hostile/index.html"))).QuerySelectorAll("a[href$='/notes/']"));
        Assert.Equal("/en/cases/hostile/notes/", italianNotes.GetAttribute("href"));
        Assert.Equal("en", italianNotes.GetAttribute("hreflang"));
        Assert.Equal("Note didattiche (inglese)", italianNotes.TextContent);
        Assert.False(File.Exists(Path.Combine(site, "it/cases/hostile/notes/index.html")));

        var notes = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "en/cases/hostile/notes/index.html")));
        Assert.Equal("Teaching notes: " + Title, notes.QuerySelector("h1")!.TextContent);
        Assert.Contains("Trainers & <friends>", notes.QuerySelector(".case-meta dd")!.TextContent);
        Assert.Equal(["../../hostile/", "../diagram.png"], notes.QuerySelectorAll(".prose a:not(.permalink)").Select(a => a.GetAttribute("href")!));
        Assert.Equal("/en/competences/listening/", notes.QuerySelector(".competence-list a")!.GetAttribute("href"));
        Assert.Equal("Objective <b>one</b>", notes.QuerySelector(".objectives ul li")!.TextContent);

        using var pack = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "en/course-pack/cases.json")));
        var item = Assert.Single(pack.RootElement.GetProperty("cases").EnumerateArray().ToList());
        Assert.Equal(Title, item.GetProperty("title").GetString());
        Assert.Equal("/en/cases/hostile/", item.GetProperty("url").GetString());
        Assert.Equal("/en/cases/hostile/notes/", item.GetProperty("notesUrl").GetString());
        Assert.Equal("en", item.GetProperty("notesLang").GetString());
        Assert.Equal(["listening"], item.GetProperty("competences").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        // The full texts are fetched from the case and notes pages: the index does not repeat them.
        Assert.False(item.TryGetProperty("notesHtml", out var notesHtml), $"cases.json repeats the notes: {notesHtml}");

        // An Italian trainer gets the English notes (there are none in Italian), named as such for the fallback notice.
        using var italian = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "it/course-pack/cases.json")));
        var fallback = Assert.Single(italian.RootElement.GetProperty("cases").EnumerateArray().ToList());
        Assert.Equal("/en/cases/hostile/notes/", fallback.GetProperty("notesUrl").GetString());
        Assert.Equal("en", fallback.GetProperty("notesLang").GetString());
        Assert.Equal("Ascolto", fallback.GetProperty("competences")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Matrix_has_a_caption_and_scoped_headers_for_every_case_and_competence()
    {
        var (temp, site) = BuildHostile();
        using var _ = temp;
        var matrix = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "it/competences/matrix/index.html")));
        var table = matrix.QuerySelector("table.matrix")!;
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.Equal(["Caso", "1 Ascolto"], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent.Trim()));
        Assert.Equal(["Caso ostile"], table.QuerySelectorAll("tbody th[scope=row] > a:first-child").Select(a => a.TextContent.Trim()));
        Assert.Equal(["/en/cases/hostile/notes/"], table.QuerySelectorAll("tbody th[scope=row] a.badge-notes[hreflang=en]").Select(a => a.GetAttribute("href")));
        Assert.Equal("trattata", table.QuerySelector("tbody td .visually-hidden")!.TextContent);
    }
}
