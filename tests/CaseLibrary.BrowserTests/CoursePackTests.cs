using CaseLibrary.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>The course pack in a real browser: add from the list and a case page, open the pack, share it by URL, print it; the licence filter.</summary>
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
            await packed.Nth(1).WaitForAsync();
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
            await colleague.Page.Locator(".pack-case").Nth(1).WaitForAsync();
            Assert.Equal(2, await colleague.Page.Locator(".pack-case").CountAsync());
            var langs = await colleague.Page.Locator(".pack-case").EvaluateAllAsync<string[]>("els => els.map(e => e.lang)");
            Assert.Contains("it", langs);
            // The selection is now this browser's too: the case page's button shows it.
            await colleague.VisitAsync($"/it/cases/{first}/");
            Assert.Equal("true", await colleague.Page.Locator($".trainer-actions button.pack-toggle[data-pack='{first}']").GetAttributeAsync("aria-pressed"));
        }
    }

    [BrowserFact]
    public async Task The_pack_prints_one_case_per_page_without_controls_and_includes_notes_on_request()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/course-pack/?cases=harbour-outreach-cork,apprenticeship-bridge-turin&notes=1");
        await session.Page.Locator(".pack-case").Nth(1).WaitForAsync();
        Assert.Equal(2, await session.Page.Locator(".pack-notes").CountAsync());
        Assert.True(await session.Page.Locator("#cl-pack-notes").IsCheckedAsync());

        await session.Page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await session.Page.Locator(".pack-controls").IsHiddenAsync(), "pack controls print");
        Assert.True(await session.Page.Locator(".site-header").IsHiddenAsync(), "header prints");
        var breaks = await session.Page.Locator(".pack-case").EvaluateAllAsync<string[]>("els => els.map(e => getComputedStyle(e).breakBefore)");
        Assert.Equal(["auto", "page"], breaks);
    }

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

    [BrowserFact]
    public async Task The_licence_filter_lists_the_licences_and_keeps_the_choice_in_the_url()
    {
        await using var session = await fixture.OpenAsync();
        await session.VisitAsync("/en/cases/");
        var select = session.Page.Locator("#cl-licence-select");
        await select.WaitForAsync();
        var options = await select.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.Equal("", options[0]);
        Assert.Contains("CC-BY-SA-4.0", options);
        var total = await session.Page.Locator("li.card").CountAsync();
        await select.SelectOptionAsync("CC-BY-SA-4.0");
        Assert.Contains("licence=CC-BY-SA-4.0", session.Page.Url);
        Assert.Equal(total, await session.Page.Locator("li.card:visible").CountAsync());
        Assert.Contains($"{total}", await session.Page.Locator(".licence-status").InnerTextAsync());
    }
}
