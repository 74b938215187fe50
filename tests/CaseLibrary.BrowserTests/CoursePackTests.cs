using CaseLibrary.BrowserTests.Support;
using CaseLibrary.Tests.Writing;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// The course pack in a real browser: add from the list and a case page, open the pack, share it by URL; the participant
/// and trainer editions and their printout (A4, cover, full cases, notes; checked with pdfinfo/pdftotext); reorder from
/// the keyboard; the empty pack; the header count and the toggle's label; the licence filter.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CoursePackTests(SiteFixture fixture)
{
    [BrowserFact]
    public async Task Two_cases_added_from_list_and_case_page_show_in_the_pack_and_the_shared_url_restores_them()
    {
        var site = fixture.Site;
        var cases = site.Cases("en");
        var first = cases[0].Split('/')[3];
        var second = cases[1].Split('/')[3];
        string sharedUrl;

        await using (var session = await fixture.OpenAsync())
        {
            var problems = new PageProblems(session.Page);
            await session.VisitAsync("/en/cases/");
            var firstTitle = await session.Page.Locator($"li.card:has(button[data-pack='{first}']) .card-title").InnerTextAsync();
            var fromList = session.Page.Locator($"button.pack-toggle[data-pack='{first}']");
            // The list's buttons are made by course-pack.js from the card's data-pack: named by the card's title.
            // (Chromium puts a space before the visually hidden part of the name, as it did with the button in the page.)
            await Assertions.Expect(fromList).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex($"^Add to course pack ?: {System.Text.RegularExpressions.Regex.Escape(firstTitle)}$"));
            Assert.Equal(await session.Page.Locator("ul.cards > li.card[data-pack]").CountAsync(), await session.Page.Locator("ul.cards > li.card > .card-actions > button.pack-toggle").CountAsync());
            await fromList.ClickAsync();
            Assert.Equal("true", await fromList.GetAttributeAsync("aria-pressed"));

            await session.VisitAsync(cases[1]);
            var secondTitle = await session.Page.Locator("article.case h1").InnerTextAsync();
            var fromCase = session.Page.Locator($".trainer-actions button.pack-toggle[data-pack='{second}']");
            Assert.Equal("false", await fromCase.GetAttributeAsync("aria-pressed"));
            await fromCase.ClickAsync();
            Assert.Equal("true", await fromCase.GetAttributeAsync("aria-pressed"));

            await session.VisitAsync("/en/course-pack/");
            var packed = session.Page.Locator(".pack-case");
            await ReadyAsync(session.Page, 2);
            Assert.Equal(2, await packed.CountAsync());
            var titles = await session.Page.Locator(".pack-case h2").AllInnerTextsAsync();
            Assert.Equal([firstTitle, secondTitle], titles);
            Assert.True(await session.Page.Locator(".pack-case .objectives li").CountAsync() > 0, "no learning objectives in the pack");
            Assert.True(await session.Page.Locator(".pack-case .questions li").CountAsync() > 0, "no discussion questions in the pack");
            Assert.Equal($"?cases={first},{second}", new Uri(session.Page.Url).Query.Replace("%2C", ","));
            sharedUrl = await session.Page.Locator("#cl-pack-url").InputValueAsync();
            Assert.Empty(problems.All);
        }

        // A colleague opens the shared link in a fresh browser (empty localStorage), in Italian.
        await using (var colleague = await fixture.OpenAsync())
        {
            var path = new Uri(sharedUrl).PathAndQuery.Replace("/en/", "/it/");
            await colleague.VisitAsync(path);
            await ReadyAsync(colleague.Page, 2);
            Assert.Equal(2, await colleague.Page.Locator(".pack-case").CountAsync());
            var langs = await colleague.Page.Locator(".pack-case").EvaluateAllAsync<string[]>("els => els.map(e => e.lang)");
            Assert.Contains("it", langs);
            // The selection is now this browser's too: the case page's button shows it.
            await colleague.VisitAsync($"/it/cases/{first}/");
            Assert.Equal("true", await colleague.Page.Locator($".trainer-actions button.pack-toggle[data-pack='{first}']").GetAttributeAsync("aria-pressed"));
        }
    }

    [BrowserFact]
    public async Task The_participant_edition_prints_on_a4_with_a_cover_and_each_full_case_on_its_own_pages()
    {
        await using var session = await fixture.OpenAsync();
        var (first, second) = (fixture.Site.Cases("en")[0], fixture.Site.Cases("en")[1]);
        var firstText = await FirstParagraphAsync(session, first);
        var secondText = await FirstParagraphAsync(session, second);
        var notesText = await FirstNotesParagraphAsync(session);
        await session.VisitAsync($"/en/course-pack/?cases={Id(first)},{Id(second)}&title=Autumn%20workshop&date=2026-10-12&group=Group%20B");
        await ReadyAsync(session.Page, 2);

        var cover = await session.Page.Locator(".pack-cover").InnerTextAsync();
        Assert.Contains("Autumn workshop", cover);
        Assert.Contains("12 October 2026", cover);
        Assert.Contains("Group B", cover);
        Assert.Equal(2, await session.Page.Locator(".pack-cover ol li").CountAsync());
        Assert.True(await session.Page.Locator(".pack-cover .pack-competences li").CountAsync() > 0, "no competences on the cover");
        Assert.Equal(0, await session.Page.Locator(".pack-notes").CountAsync());

        var pdf = await PrintAsync(session.Page);
        var info = PdfTools.Info(pdf);
        Assert.Contains("(A4)", info);
        var pages = Pages(info);
        Assert.True(pages >= 3, $"cover and two cases on {pages} page(s)");
        var cases = PdfTools.Text(pdf);
        Assert.Contains(Squash(firstText), Squash(cases));
        Assert.Contains(Squash(secondText), Squash(cases));
        Assert.DoesNotContain(Squash(notesText), Squash(cases));
        Assert.DoesNotContain("BibTeX", cases);
        Assert.DoesNotContain("http://127.0.0.1", cases); // no internal address printed after a link
        // Each case starts a page: page 2 opens with the running header, then the first case's title.
        var page2 = PdfTools.Text(pdf, 2);
        Assert.Contains("Autumn workshop", page2);
        Assert.Contains(await session.Page.Locator(".pack-case h2").First.InnerTextAsync(), page2);
        Assert.DoesNotContain("Autumn workshop", PdfTools.Text(pdf, 1).Split('\n').Last(l => l.Trim().Length > 0)); // the cover has no running header at its foot
        for (var n = 1; n <= pages; n++) Assert.True(PdfTools.Text(pdf, n).Trim().Length > 10, $"page {n} of {pages} is empty");
    }

    [BrowserFact]
    public async Task The_trainer_edition_adds_the_teaching_notes_and_falls_back_to_another_language_with_a_notice()
    {
        await using var session = await fixture.OpenAsync();
        var withNotes = NotesCases();
        var notesText = await FirstNotesParagraphAsync(session);
        await session.VisitAsync($"/it/course-pack/?cases={string.Join(",", withNotes)}&edition=trainer");
        await ReadyAsync(session.Page, withNotes.Count);
        Assert.True(await session.Page.Locator("input[value=trainer]").IsCheckedAsync());
        Assert.Equal(withNotes.Count, await session.Page.Locator(".pack-notes").CountAsync());
        // The sample has notes only in English: the Italian pack says so, in Italian, and marks the notes as English.
        var notice = session.Page.Locator(".pack-notes .notice").First;
        Assert.Equal("it", await notice.GetAttributeAsync("lang"));
        Assert.Contains("inglese", await notice.InnerTextAsync());
        Assert.Equal("en", await session.Page.Locator(".pack-notes").First.GetAttributeAsync("lang"));

        var pdf = await PrintAsync(session.Page);
        Assert.Contains("(A4)", PdfTools.Info(pdf));
        Assert.Contains(Squash(notesText), Squash(PdfTools.Text(pdf)));

        // Switching the edition back drops the notes and the address says so.
        await session.Page.Locator("input[value=participant]").CheckAsync();
        await ReadyAsync(session.Page, withNotes.Count);
        Assert.Equal(0, await session.Page.Locator(".pack-notes").CountAsync());
        Assert.DoesNotContain("edition=", session.Page.Url);
    }

    [BrowserFact]
    public async Task Cases_reorder_from_the_keyboard_and_the_shared_url_restores_order_title_and_edition_in_a_fresh_browser()
    {
        var ids = fixture.Site.Cases("en").Take(3).Select(Id).ToList();
        string shared;
        await using (var session = await fixture.OpenAsync())
        {
            await session.VisitAsync($"/en/course-pack/?cases={string.Join(",", ids)}");
            await ReadyAsync(session.Page, 3);
            var down = session.Page.Locator($".pack-order li[data-id='{ids[0]}'] button[data-action=down]");
            await down.FocusAsync();
            await session.Page.Keyboard.PressAsync("Enter");
            Assert.Equal([ids[1], ids[0], ids[2]], await OrderAsync(session.Page));
            // Focus stays on the moved case's button, so pressing again keeps moving it.
            Assert.Equal(ids[0], await session.Page.EvaluateAsync<string>("() => document.activeElement.closest('li').dataset.id"));
            await session.Page.Keyboard.PressAsync("Enter");
            Assert.Equal([ids[1], ids[2], ids[0]], await OrderAsync(session.Page));
            Assert.Equal("up", await session.Page.EvaluateAsync<string>("() => document.activeElement.dataset.action")); // down is disabled at the end
            Assert.Contains("3", await session.Page.Locator(".pack-status").InnerTextAsync());
            await ReadyAsync(session.Page, 3);
            Assert.Equal(await session.Page.Locator(".pack-order li > a").AllInnerTextsAsync(), await session.Page.Locator(".pack-case h2").AllInnerTextsAsync());

            await session.Page.Locator("input[value=trainer]").CheckAsync();
            await session.Page.Locator("#cl-pack-title").FillAsync("Peer learning day");
            await session.Page.Locator("#cl-pack-group").FillAsync("Tuesday group");
            shared = await session.Page.Locator("#cl-pack-url").InputValueAsync();
        }

        await using var fresh = await fixture.OpenAsync();
        await fresh.VisitAsync(new Uri(shared).PathAndQuery);
        await ReadyAsync(fresh.Page, 3);
        Assert.Equal([ids[1], ids[2], ids[0]], await OrderAsync(fresh.Page));
        Assert.Equal("Peer learning day", await fresh.Page.Locator("#cl-pack-title").InputValueAsync());
        Assert.Equal("Tuesday group", await fresh.Page.Locator("#cl-pack-group").InputValueAsync());
        Assert.True(await fresh.Page.Locator("input[value=trainer]").IsCheckedAsync());
        Assert.Equal("Peer learning day", await fresh.Page.Locator(".pack-cover h2").InnerTextAsync());
        Assert.Equal(3, await fresh.Page.Locator(".pack-notes").CountAsync());
    }

    [BrowserFact]
    public async Task The_empty_pack_explains_how_to_add_cases_and_offers_no_print_or_share()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/course-pack/");
        var empty = session.Page.Locator(".pack-empty");
        await empty.WaitForAsync();
        Assert.Contains("Add to course pack", await empty.InnerTextAsync());
        Assert.Equal("/en/cases/", await empty.Locator("a").First.GetAttributeAsync("href"));
        foreach (var selector in new[] { "#cl-pack-print", "#cl-pack-copy", "#cl-pack-url", "#cl-pack-clear" })
            Assert.True(await session.Page.Locator(selector).IsHiddenAsync(), $"{selector} shows on an empty pack");
        Assert.Equal(0, await session.Page.Locator(".pack-cover").CountAsync());
    }

    [BrowserFact]
    public async Task The_header_counts_the_pack_on_every_page_and_a_pressed_toggle_says_added_and_remove()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/cases/");
        var count = session.Page.Locator(".site-header .pack-link .pack-count");
        Assert.True(await count.IsHiddenAsync());
        var toggle = session.Page.Locator("button.pack-toggle").First;
        Assert.StartsWith("Add to course pack", await toggle.InnerTextAsync());
        await toggle.ClickAsync();
        Assert.Equal("1", await count.InnerTextAsync());
        var pressed = await toggle.InnerTextAsync();
        Assert.Contains("Added", pressed);
        Assert.Contains("Remove", pressed);
        Assert.DoesNotContain("Add to course pack", pressed);
        await session.VisitAsync(fixture.Site.Cases("en").Last());
        Assert.Equal("1", await session.Page.Locator(".site-header .pack-link .pack-count").InnerTextAsync());
        await toggle.Page.GotoAsync("/en/cases/");
        await session.Page.Locator("button.pack-toggle").First.ClickAsync();
        Assert.True(await session.Page.Locator(".site-header .pack-link .pack-count").IsHiddenAsync());
        Assert.StartsWith("Add to course pack", await session.Page.Locator("button.pack-toggle").First.InnerTextAsync());
    }

    /// <summary>
    /// The shared-link notice counts in the page's language with its plural rule: "1 case" and "2 cases", never "1 cases",
    /// both ways round (a shared pack of 2 over a saved one of 1, and of 1 over 2).
    /// </summary>
    [BrowserTheory]
    [InlineData("en", "(2 cases)", "(1 case)")]
    [InlineData("it", "(2 casi)", "(1 caso)")]
    [InlineData("de", "(2 Fälle)", "(1 Fall)")]
    [InlineData("fi", "(2 tapausta)", "(1 tapaus)")]
    [InlineData("nl", "(2 casussen)", "(1 casus)")]
    public async Task The_shared_pack_notice_says_one_case_and_two_cases_in_the_page_language(string lang, string two, string one)
    {
        var ids = fixture.Site.Cases("en").Take(2).Select(Id).ToList();
        await using var session = await fixture.OpenAsync();
        var problems = new PageProblems(session.Page);
        var page = session.Page;
        foreach (var (saved, link) in new (List<string>, List<string>)[] { ([ids[0]], ids), (ids, [ids[1]]) })
        {
            await session.VisitAsync($"/{lang}/");
            await page.EvaluateAsync("value => localStorage.setItem('caselib.coursePack', value)", System.Text.Json.JsonSerializer.Serialize(saved));
            await session.VisitAsync($"/{lang}/course-pack/?cases={string.Join(",", link)}");
            await ReadyAsync(page, link.Count);
            var text = await page.Locator(".pack-shared-text").InnerTextAsync();
            var (sharedCount, savedCount) = link.Count == 2 ? (two, one) : (one, two);
            Assert.True(text.IndexOf(sharedCount, StringComparison.Ordinal) is var at && at >= 0 && text.IndexOf(savedCount, at + sharedCount.Length, StringComparison.Ordinal) > at,
                $"expected {sharedCount} then {savedCount} in: {text}");
            Assert.DoesNotContain("{", text);
        }

        // The notice's two buttons look like the pack's other buttons: the same padding, border and font size.
        var keep = await StyleAsync(page, "#cl-pack-keep");
        var show = await StyleAsync(page, "#cl-pack-saved");
        var print = await StyleAsync(page, "#cl-pack-print");
        Assert.Equal(print, show);
        Assert.Equal(print[..4], keep[..4]); // "keep" is the main action: filled, same shape
        Assert.NotEqual("0px", print[0]);
        Assert.Empty(problems.All);
    }

    /// <summary>Padding, border width and style, font size, then the colours.</summary>
    private static Task<string[]> StyleAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<string[]>("b => { const s = getComputedStyle(b); return [s.paddingLeft, s.borderTopWidth + ' ' + s.borderTopStyle, s.fontSize, s.borderRadius, s.backgroundColor, s.color]; }");

    private static string Id(string casePath) => casePath.Split('/')[3];

    /// <summary>The English cases of the sample that have teaching notes (read off the built site, not pinned).</summary>
    private List<string> NotesCases() =>
        fixture.Site.Cases("en").Where(p => File.Exists(Path.Combine(fixture.Site.Folder, p.Trim('/'), "notes", "index.html"))).Select(Id).ToList();

    private static Task<string[]> OrderAsync(IPage page) => page.Locator(".pack-order li").EvaluateAllAsync<string[]>("lis => lis.map(li => li.dataset.id)");

    /// <summary>Waits until the handout holds <paramref name="count"/> cases, all loaded.</summary>
    private static async Task ReadyAsync(IPage page, int count)
    {
        await page.WaitForFunctionAsync("n => { const d = document.querySelector('.pack-document'); return d && !d.hasAttribute('aria-busy') && d.querySelectorAll('.pack-case').length === n && !d.querySelector('.pack-loading'); }", count);
    }

    private static async Task<string> FirstParagraphAsync(BrowserSession session, string casePath)
    {
        await session.VisitAsync(casePath);
        return await session.Page.Locator("article.case .prose > p").First.InnerTextAsync();
    }

    private async Task<string> FirstNotesParagraphAsync(BrowserSession session)
    {
        await session.VisitAsync($"/en/cases/{NotesCases()[0]}/notes/");
        return await session.Page.Locator("article.notes .prose > p").First.InnerTextAsync();
    }

    /// <summary>Prints the page as Chromium's print dialog would (print media, CSS page size) to a temp file.</summary>
    private static async Task<string> PrintAsync(IPage page)
    {
        var path = Path.Combine(Path.GetTempPath(), "caselib-pack-" + Guid.NewGuid().ToString("N") + ".pdf");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.PdfAsync(new() { Path = path, Format = "A4", PreferCSSPageSize = true, PrintBackground = false });
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        return path;
    }

    private static int Pages(string info) => int.Parse(System.Text.RegularExpressions.Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value);

    /// <summary>Text with all white space removed: pdftotext breaks lines where the page did.</summary>
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [BrowserFact]
    public async Task Without_javascript_the_pack_page_explains_itself()
    {
        await using var session = await fixture.OpenAsync(new() { JavaScriptEnabled = false });
        await session.VisitAsync("/en/course-pack/");
        var text = await session.Page.Locator("#cl-pack").InnerTextAsync();
        Assert.Contains("needs JavaScript", text);
        Assert.True(await session.Page.Locator(".pack-controls").IsHiddenAsync());
        await session.VisitAsync("/en/cases/");
        Assert.Equal(0, await session.Page.Locator("button.pack-toggle:visible").CountAsync());
    }

    /// <summary>
    /// The sample's cases share one licence: a choice between "any licence" and that one would filter nothing, so the list
    /// offers none (the choice itself, with two licences, is tested on the paginated site in PaginationTests).
    /// </summary>
    [BrowserFact]
    public async Task With_one_licence_the_list_offers_no_licence_choice()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/cases/");
        Assert.True(await session.Page.Locator("li.card").CountAsync() > 1);
        Assert.Equal(1, await session.Page.Locator("li.card[data-licence]").EvaluateAllAsync<int>("cs => new Set(cs.map(c => c.dataset.licence)).size"));
        Assert.Equal(0, await session.Page.Locator("#cl-licence-filter, #cl-licence-select").CountAsync());
    }
}
