using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// Trainers find the trainer features: lists and the matrix mark every case that has teaching notes
/// (in any language, naming the language when it is not the page's), a translation without notes links the notes of
/// its other versions, and the home page has a short "For trainers" entry. Which cases have notes is read off the
/// built sample site (which notes pages exist), the words off the theme's strings; nothing is pinned.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TrainerMarksTests(SiteFixture fixture)
{
    [BrowserTheory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("de")]
    [InlineData("nl")]
    public async Task The_list_and_the_matrix_mark_the_cases_with_teaching_notes(string lang)
    {
        await using var session = await fixture.OpenAsync();
        var withNotes = NotesLanguages();
        Assert.NotEmpty(withNotes);

        await session.VisitAsync($"/{lang}/cases/");
        var cards = await Marks(session.Page, ".cards > li.card", ".card-title a", ".card-meta a.badge-notes");
        AssertMarked(lang, cards, withNotes, requireEvery: true);

        await session.VisitAsync($"/{lang}/competences/matrix/");
        var rows = await Marks(session.Page, "table.matrix tbody tr", "th a:not(.badge-notes)", "th a.badge-notes");
        AssertMarked(lang, rows, withNotes, requireEvery: true);

        // A mark leads to the notes.
        await session.VisitAsync($"/{lang}/cases/");
        // course-pack.js adds a button to every card once it has loaded: click after that, not while the cards change.
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var first = cards.First(c => c.NotesHref is not null);
        await session.Page.Locator($".cards a.badge-notes[href='{first.NotesHref}']").First.ClickAsync();
        await Navigation.WaitForPathAsync(session.Page, first.NotesHref);
        await session.Page.Locator("article.notes").WaitForAsync();
    }

    /// <summary>
    /// Search result cards mark teaching notes as the lists do: the version's own, else another version's, named by
    /// their language. The search is every country of the page's filter (filters alone), so every case with a version
    /// in the language is a result; English has notes of its own in the sample, French only other languages'.
    /// </summary>
    [BrowserTheory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Search_results_mark_the_cases_with_teaching_notes(string lang)
    {
        await using var session = await fixture.OpenAsync();
        var withNotes = NotesLanguages();
        await session.VisitAsync($"/{lang}/search/");
        var countries = await session.Page.EvaluateAsync<string[]>(
            "() => Object.keys(JSON.parse(document.getElementById('cl-search').getAttribute('data-names')).countries)");
        Assert.NotEmpty(countries);
        await session.VisitAsync($"/{lang}/search/?country={string.Join(",", countries)}");
        var links = await SearchPage.ResultLinks(session.Page);
        Assert.Equal(fixture.Site.Cases(lang).Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        var cards = await Marks(session.Page, ".search-results > li", ".card-title a", ".card-meta a.badge-notes");
        AssertMarked(lang, cards, withNotes, requireEvery: true);
    }

    [BrowserFact]
    public async Task A_translation_without_notes_links_the_notes_of_its_other_language_versions()
    {
        await using var session = await fixture.OpenAsync();
        var withNotes = NotesLanguages();
        var checkedLanguages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lang in fixture.Site.Languages)
        {
            var strings = Strings(lang);
            foreach (var path in fixture.Site.Cases(lang))
            {
                var id = path.Split('/')[3];
                if (!withNotes.TryGetValue(id, out var notesLanguages)) continue;
                await session.VisitAsync(path);
                var links = await session.Page.Locator(".trainer-actions a[href*='/notes/']").EvaluateAllAsync<string[]>(
                    "links => links.map(a => [a.getAttribute('href'), a.getAttribute('hreflang') || '', a.textContent.trim()].join('\\n'))");
                if (notesLanguages.Contains(lang))
                {
                    // Its own notes, in its own words.
                    Assert.Equal([$"/{lang}/cases/{id}/notes/\n\n{strings["link"]}"], links);
                    continue;
                }
                var expected = notesLanguages.Select(l => $"/{l}/cases/{id}/notes/").Order(StringComparer.Ordinal).ToList();
                Assert.Equal(expected, links.Select(l => l.Split('\n')[0]).Order(StringComparer.Ordinal).ToList());
                foreach (var link in links.Select(l => l.Split('\n')))
                {
                    Assert.Equal(link[0].Split('/')[1], link[1]);
                    Assert.StartsWith(strings["in_language"].Split("{0}")[0], link[2], StringComparison.Ordinal);
                    Assert.NotEqual(strings["link"], link[2]);
                }
                checkedLanguages.Add(lang);
            }
        }
        // Every language without notes of its own was checked on at least one translation.
        var ownNotes = withNotes.Values.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(fixture.Site.Languages.Where(l => !ownNotes.Contains(l)).Order(StringComparer.Ordinal), checkedLanguages.Order(StringComparer.Ordinal));
        Assert.NotEmpty(checkedLanguages);

        // The link opens the notes, marked as being in their language.
        var (caseId, languages) = withNotes.First();
        var reader = fixture.Site.Languages.First(l => !languages.Contains(l) && fixture.Site.Cases(l).Contains($"/{l}/cases/{caseId}/"));
        await session.VisitAsync($"/{reader}/cases/{caseId}/");
        await session.Page.Locator(".trainer-actions a[hreflang]").First.ClickAsync();
        await Navigation.WaitForPathAsync(session.Page, "/[a-z]{2}/cases/[a-z0-9-]+/notes/", pattern: true);
        await session.Page.Locator("article.notes").WaitForAsync();
        Assert.Contains(await session.Page.EvaluateAsync<string>("() => document.documentElement.lang"), languages);
    }

    [BrowserTheory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("fi")]
    public async Task The_home_page_has_a_short_entry_for_trainers(string lang)
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync($"/{lang}/");
        var entry = session.Page.Locator("main section.for-trainers");
        Assert.True(await entry.IsVisibleAsync());
        var heading = (await entry.Locator("h2").TextContentAsync())!.Trim();
        Assert.Equal(HomeStrings(lang)["trainers"], heading);
        var hrefs = await entry.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains($"/{lang}/course-pack/", hrefs);
        Assert.Contains($"/{lang}/competences/matrix/", hrefs);
        // Short: a heading, a paragraph and the links, not a page of its own.
        var words = (await entry.InnerTextAsync()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.InRange(words, 5, 80);
        // The header's course pack link is there too, on the same page.
        Assert.Equal($"/{lang}/course-pack/", await session.Page.Locator(".site-header .pack-link").First.GetAttributeAsync("href"));
    }

    [BrowserTheory]
    [InlineData("it")]
    [InlineData("de")]
    [InlineData("nl")]
    public async Task The_header_counts_the_pack_and_a_pressed_toggle_says_added_and_remove_in_the_page_language(string lang)
    {
        await using var session = await fixture.OpenAsync();
        var pack = Section(lang, "pack");
        await session.VisitAsync(fixture.Site.FirstCase(lang));
        var count = session.Page.Locator(".site-header .pack-link .pack-count");
        Assert.True(await count.IsHiddenAsync());
        var toggle = session.Page.Locator(".trainer-actions button.pack-toggle");
        Assert.Equal(pack["add"], (await toggle.InnerTextAsync()).Trim());
        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.Equal($"{pack["added"]} · {pack["remove_short"]}", (await toggle.InnerTextAsync()).Trim().TrimStart('✓', ' '));
        Assert.Equal("1", await count.InnerTextAsync());
        // Every other page's header says so too, the search page and the matrix included.
        foreach (var path in new[] { BuiltSite.Home(lang), $"/{lang}/search/", $"/{lang}/competences/matrix/", $"/{lang}/course-pack/" })
        {
            await session.VisitAsync(path);
            Assert.Equal("1", await session.Page.Locator(".site-header .pack-link .pack-count").InnerTextAsync());
            Assert.StartsWith(pack["heading"], (await session.Page.Locator(".site-header .pack-link").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        }
    }

    private sealed record Mark(string Id, string? NotesHref, string? HrefLang, string Text);

    /// <summary>Per item: the case id (from its title link), and its notes mark's address, hreflang and text.</summary>
    private static async Task<List<Mark>> Marks(IPage page, string item, string title, string mark)
    {
        var rows = await page.Locator(item).EvaluateAllAsync<string[][]>(
            "(items, [title, mark]) => items.map(i => { const t = i.querySelector(title); const m = i.querySelector(mark);" +
            " return [t.getAttribute('href'), m ? m.getAttribute('href') : '', m ? (m.getAttribute('hreflang') || '') : '', m ? m.textContent.trim() : '']; })",
            new[] { title, mark });
        Assert.NotEmpty(rows);
        return rows.Select(r => new Mark(r[0].Split('/')[3], r[1] == "" ? null : r[1], r[2] == "" ? null : r[2], r[3])).ToList();
    }

    /// <summary>
    /// Each mark links notes of its own case that exist, names their language (hreflang and words) when it is not the
    /// page's, and (when <paramref name="requireEvery"/>) every case with notes is marked; none without is.
    /// </summary>
    private void AssertMarked(string lang, List<Mark> marks, Dictionary<string, HashSet<string>> withNotes, bool requireEvery)
    {
        var strings = Strings(lang);
        foreach (var mark in marks)
        {
            if (!withNotes.TryGetValue(mark.Id, out var languages))
            {
                Assert.Null(mark.NotesHref);
                continue;
            }
            if (mark.NotesHref is null)
            {
                Assert.False(requireEvery, $"{mark.Id} has teaching notes but is not marked on /{lang}/");
                continue;
            }
            var notesLang = mark.NotesHref.Split('/')[1];
            Assert.Equal($"/{notesLang}/cases/{mark.Id}/notes/", mark.NotesHref);
            Assert.Contains(notesLang, languages);
            if (languages.Contains(lang)) Assert.Equal(lang, notesLang); // its own language's notes first
            if (notesLang == lang)
            {
                Assert.Null(mark.HrefLang);
                Assert.Equal(strings["link"], mark.Text);
            }
            else
            {
                Assert.Equal(notesLang, mark.HrefLang);
                Assert.StartsWith(strings["in_language"].Split("{0}")[0], mark.Text, StringComparison.Ordinal);
                Assert.NotEqual(strings["link"], mark.Text);
            }
        }
        Assert.Contains(marks, m => m.NotesHref is not null);
    }

    /// <summary>Case id → the languages it has teaching notes in, from the notes pages the sample build wrote.</summary>
    private Dictionary<string, HashSet<string>> NotesLanguages()
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var lang in fixture.Site.Languages)
        {
            var cases = Path.Combine(fixture.Site.Folder, lang, "cases");
            foreach (var folder in Directory.GetDirectories(cases))
            {
                if (!File.Exists(Path.Combine(folder, "notes", "index.html"))) continue;
                var id = Path.GetFileName(folder);
                if (!result.TryGetValue(id, out var set)) result[id] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(lang);
            }
        }
        return result;
    }

    private static Dictionary<string, string> Strings(string lang) => Section(lang, "notes");

    private static Dictionary<string, string> HomeStrings(string lang) => Section(lang, "home");

    /// <summary>One section of a language's UI strings, read from the theme (the UI's words, not the library's content).</summary>
    private static Dictionary<string, string> Section(string lang, string section)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Theme, "i18n", lang + ".yaml"));
        var start = Array.IndexOf(lines, section + ":");
        return lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(':', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1].Trim().Trim('"'));
    }
}
