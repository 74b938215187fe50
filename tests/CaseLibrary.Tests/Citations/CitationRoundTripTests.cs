using System.Text.Json;
using CaseLibrary.Rendering.Citations;

namespace CaseLibrary.Tests.Citations;

/// <summary>
/// The citation downloads parse back, with an independent reader per format, to the fields that went in, even
/// when titles and names are hostile: braces, quotes, '%', '\', TeX specials, newlines, the word "and", commas,
/// non-ASCII and an attempted RIS record injection.
/// </summary>
public sealed class CitationRoundTripTests
{
    private const string HostileTitle = "Braces { unbalanced } } and \"quotes\" 'single' % not a comment \\ backslash \\textbf{x}\n" +
        "ER  - \r\nTY  - JOUR & $math$ #hash _under ~tilde ^caret — é ü ß Ω 日本 😀 @misc{";
    private const string HostileAbstract = "Line one\nline two\t tabbed }{ %%";

    private static readonly PersonName[] Authors =
    [
        PersonName.Parse("Zoë {Evil} de la Cruz-Ñúñez"),
        PersonName.Parse("Tom and Jerry Smith"),
        PersonName.Parse("Prince"),
        PersonName.Parse("Ann, Comma O'Neil"),
    ];

    private static Citation Hostile(bool translated = true) => new(
        "hostile-case-en",
        Citation.Clean(HostileTitle),
        Authors,
        translated ? [PersonName.Parse("Luca \"Lulu\" Rossi\\%")] : [],
        new DateOnly(2024, 3, 18),
        "Library {of} % Cases",
        "https://example.org/en/cases/hostile-case/",
        "en",
        HostileAbstract,
        "CC BY-SA 4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
        "https://example.org/en/cases/hostile-case/hostile-case-en.pdf");

    [Fact]
    public void Names_split_into_family_and_given_with_particles()
    {
        Assert.Equal(("Zoë {Evil}", "de la Cruz-Ñúñez"), (Authors[0].Given, Authors[0].Family));
        Assert.Equal(("", "Prince"), (Authors[2].Given, Authors[2].Family));
        Assert.Equal("Z. E.", Authors[0].Initials);
        Assert.Equal("J.-P.", PersonName.Parse("Jean-Pierre Moreau").Initials);
    }

    [Fact]
    public void BibTeX_round_trips_every_field()
    {
        var citation = Hostile();
        var entry = BibTexReader.Parse(BibTexWriter.Write(citation));

        Assert.Equal("online", entry.Type);
        Assert.Equal("hostile-case-en", entry.Key);
        Assert.Equal(Citation.Clean(HostileTitle), BibTexReader.Decode(entry.Fields["title"]));
        Assert.Equal(Citation.Clean(HostileAbstract), BibTexReader.Decode(entry.Fields["abstract"]));
        Assert.Equal(Citation.Clean(citation.Publisher), BibTexReader.Decode(entry.Fields["publisher"]));
        Assert.Equal(Authors.Select(a => (a.Family, a.Given)), BibTexReader.Names(entry.Fields["author"]));
        Assert.Equal([("Rossi\\%", "Luca \"Lulu\"")], BibTexReader.Names(entry.Fields["translator"]));
        Assert.Equal("2024-03-18", entry.Fields["date"]);
        Assert.Equal(citation.Url, entry.Fields["url"]);
        Assert.Contains("CC BY-SA 4.0", BibTexReader.Decode(entry.Fields["note"]));
        Assert.DoesNotContain('\n', entry.Fields["title"]);
    }

    /// <summary>url is a verbatim field: read back exactly as written, it must be the address itself, with no TeX escapes.</summary>
    [Theory]
    [InlineData("https://owner.github.io/case_library/~x/en/cases/a-case/")]
    [InlineData("https://example.org/a_b/%7Ex/?q=1&r=$2#frag^x")]
    [InlineData("https://example.org/100%25/")]
    public void The_BibTeX_url_field_is_the_address_as_written(string url)
    {
        var entry = BibTexReader.Parse(BibTexWriter.Write(Hostile() with { Url = url }));
        Assert.Equal(url, entry.Fields["url"]);
    }

    [Theory]
    [InlineData("https://example.org/{a}/", "https://example.org/%7Ba%7D/")]
    [InlineData("https://example.org/}/", "https://example.org/%7D/")]
    [InlineData("https://example.org/a\\b c/", "https://example.org/a%5Cb%20c/")]
    public void Characters_that_would_break_the_verbatim_url_field_are_percent_encoded(string url, string written)
    {
        var entry = BibTexReader.Parse(BibTexWriter.Write(Hostile() with { Url = url }));
        Assert.Equal(written, entry.Fields["url"]);
        Assert.Equal(url, Uri.UnescapeDataString(written));
    }

    [Fact]
    public void A_site_under_a_tilde_and_underscore_path_writes_its_bib_url_verbatim()
    {
        using var temp = new Support.TempFolder();
        var cases = Support.MiniLibrary.Write(temp, ("a-case/en.md", Support.MiniLibrary.Case()));
        var outcome = Support.Caselib.Build(cases, temp["out"], "--base-url", "https://owner.github.io/case_library/~x/");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(temp["out"], "en/cases/a-case/index.html")));
        var bib = DataUrl.Read(page.QuerySelector(".downloads a[download='a-case-en.bib']")!.GetAttribute("href")!).Text;
        var entry = BibTexReader.Parse(bib);
        Assert.StartsWith("https://owner.github.io/case_library/~x/", entry.Fields["url"]);
        Assert.Equal(new Uri(entry.Fields["url"]).AbsoluteUri, entry.Fields["url"]);
    }

    /// <summary>The downloads of a version say "Licence" in its language (they said it in English on every version).</summary>
    [Fact]
    public void The_licence_note_of_the_downloads_is_in_the_versions_language()
    {
        using var temp = new Support.TempFolder();
        var cases = Support.MiniLibrary.Write(temp,
            ("a-case/en.md", Support.MiniLibrary.Case()),
            ("a-case/it.md", Support.MiniLibrary.Case(title: "Un caso", extra: "translators: [ann-smith]")));
        var outcome = Support.Caselib.Build(cases, temp["out"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var strings = File.ReadAllLines(Path.Combine(Support.RepoPaths.Theme, "i18n", "it.yaml"));
        var label = strings.SkipWhile(l => l != "case:").First(l => l.StartsWith("  licence: ", StringComparison.Ordinal))["  licence: ".Length..].Trim('"');
        Assert.NotEqual("Licence", label);
        foreach (var (lang, word) in new[] { ("en", "Licence"), ("it", label) })
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(temp["out"], $"{lang}/cases/a-case/index.html")));
            var bib = BibTexReader.Parse(DataUrl.Read(page.QuerySelector($".downloads a[download='a-case-{lang}.bib']")!.GetAttribute("href")!).Text);
            var ris = RisReader.Parse(DataUrl.Read(page.QuerySelector($".downloads a[download='a-case-{lang}.ris']")!.GetAttribute("href")!).Text);
            Assert.StartsWith(word + ": CC BY 4.0, ", BibTexReader.Decode(bib.Fields["note"]));
            Assert.StartsWith(word + ": CC BY 4.0, ", ris["N1"].Single());
        }
    }

    [Fact]
    public void RIS_round_trips_every_field_and_cannot_be_injected()
    {
        var citation = Hostile();
        var tags = RisReader.Parse(RisWriter.Write(citation));

        Assert.Equal([Citation.Clean(HostileTitle)], tags["TI"]);
        Assert.Equal(Authors.Select(a => a.Inverted), tags["AU"]);
        Assert.Equal(["Rossi\\%, Luca \"Lulu\""], tags["A4"]);
        Assert.Equal(["2024"], tags["PY"]);
        Assert.Equal(["2024/03/18"], tags["DA"]);
        Assert.Equal([citation.Url], tags["UR"]);
        Assert.Equal([citation.PdfUrl!], tags["L1"]);
        Assert.Equal([Citation.Clean(HostileAbstract)], tags["AB"]);
        Assert.Contains("https://creativecommons.org/licenses/by-sa/4.0/", tags["N1"].Single());
    }

    [Fact]
    public void CSL_JSON_round_trips_every_field()
    {
        var citation = Hostile();
        using var json = JsonDocument.Parse(CslJsonWriter.Write(citation));
        var item = Assert.Single(json.RootElement.EnumerateArray().ToList());

        Assert.Equal("hostile-case-en", item.GetProperty("id").GetString());
        Assert.Equal(Citation.Clean(HostileTitle), item.GetProperty("title").GetString());
        Assert.Equal(Citation.Clean(HostileAbstract), item.GetProperty("abstract").GetString());
        var authors = item.GetProperty("author").EnumerateArray().Select(a =>
            a.TryGetProperty("literal", out var literal) ? (literal.GetString(), "") : (a.GetProperty("family").GetString(), a.GetProperty("given").GetString())).ToList();
        Assert.Equal(Authors.Select(a => ((string?)a.Family, (string?)a.Given)), authors);
        Assert.Equal("Rossi\\%", item.GetProperty("translator")[0].GetProperty("family").GetString());
        Assert.Equal([2024, 3, 18], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(d => d.GetInt32()));
        Assert.Equal(citation.Url, item.GetProperty("URL").GetString());
        Assert.Contains("CC BY-SA 4.0", item.GetProperty("license").GetString());
    }

    [Fact]
    public void APA_like_text_names_authors_date_title_translators_publisher_and_url()
    {
        var text = ApaCitation.Format(Hostile() with { Authors = [PersonName.Parse("Aoife Brennan"), PersonName.Parse("Sinéad Kelly")], Title = "A title" }, "{0}, Trans.", "2024, March 18");
        Assert.Equal("Brennan, A., & Kelly, S. (2024, March 18). A title (L. L. Rossi\\%, Trans.). Library {of} % Cases. https://example.org/en/cases/hostile-case/", text.Text);
        Assert.Equal(("Brennan, A., & Kelly, S. (2024, March 18). ", "A title"), (text.Lead, text.Title));
        var untranslated = ApaCitation.Format(Hostile(translated: false) with { Authors = [PersonName.Parse("Aoife Brennan")], Title = "Why?" }, "{0}, Trans.", "2024, 18 marzo");
        Assert.Equal("Brennan, A. (2024, 18 marzo). Why? Library {of} % Cases. https://example.org/en/cases/hostile-case/", untranslated.Text);
        Assert.Equal(("Why?", " Library {of} % Cases. https://example.org/en/cases/hostile-case/"), (untranslated.Title, untranslated.Tail));
        // A title's own question mark stays when translators follow it; with no date text the year alone is given.
        var question = ApaCitation.Format(Hostile() with { Title = "Why?" }, "{0}, Trans.", "");
        Assert.Contains("(2024). Why? (L. L. Rossi", question.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "english")]
    [InlineData("it", "italian")]
    [InlineData("fr", "french")]
    [InlineData("fi", "finnish")]
    [InlineData("de", "ngerman")]
    [InlineData("nl", "dutch")]
    public void BibTeX_langid_is_the_babel_name_of_the_language(string lang, string babel)
    {
        var entry = BibTexReader.Parse(BibTexWriter.Write(Hostile() with { Language = lang }));
        Assert.Equal(babel, entry.Fields["langid"]);
    }

    [Fact]
    public void Every_supported_language_has_a_babel_name_of_lowercase_letters()
    {
        foreach (var code in CaseLibrary.Configuration.LanguageInfo.Codes)
            Assert.Matches("^[a-z]{4,}$", CaseLibrary.Configuration.LanguageInfo.Find(code)!.Babel);
    }

    [Fact]
    public void RIS_names_the_library_as_publisher_and_as_the_website_title()
    {
        var tags = RisReader.Parse(RisWriter.Write(Hostile()));
        Assert.Equal(["Library {of} % Cases"], tags["PB"]);
        Assert.Equal(["Library {of} % Cases"], tags["T2"]);
    }
}
