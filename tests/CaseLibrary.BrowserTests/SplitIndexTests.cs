using System.Text;
using CaseLibrary.BrowserTests.Support;
using CaseLibrary.Cli;
using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests;

/// <summary>
/// A library big enough for a split index of several chunks per language (<see cref="SplitSite"/>): a search in two
/// languages finds its case from the vocabulary and the chunks it needs, and downloads fewer index bytes than the
/// whole split index of that language (every chunk), and not the whole vocabulary (terms.json).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SplitIndexTests(SiteFixture fixture, SplitSite _site) : IClassFixture<SplitSite>
{
    [BrowserTheory]
    [InlineData("en")]
    [InlineData("it")]
    public async Task A_search_loads_the_entry_and_some_chunks_not_the_whole_index(string lang)
    {
        await using var session = await fixture.OpenAsync(new BrowserNewContextOptions { BaseURL = _site.Server.BaseUri.ToString() });
        var page = session.Page;
        var problems = new PageProblems(page);
        var bytes = new Dictionary<string, long>();
        page.Response += async (_, response) =>
        {
            var path = new Uri(response.Url).AbsolutePath;
            if (!path.Contains("/search/", StringComparison.Ordinal) || !(path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".json.gz", StringComparison.Ordinal))) return;
            var body = await response.BodyAsync();
            lock (bytes) bytes[path] = body.Length;
        };
        var word = SplitSite.Word(lang, SplitSite.Target);
        await session.VisitAsync($"/{lang}/search/?q={Uri.EscapeDataString(word)}");
        var first = page.Locator(".search-results a[href*='/cases/']").First;
        await first.WaitForAsync();
        Assert.Equal($"/{lang}/cases/{SplitSite.CaseId(SplitSite.Target)}/", new Uri(new Uri("http://x"), await first.GetAttributeAsync("href")).AbsolutePath);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Dictionary<string, long> seen;
        lock (bytes) seen = new Dictionary<string, long>(bytes);
        var chunkCount = Directory.GetFiles(Path.Combine(_site.Output, lang, "search", "split"), "*.json.gz").Length - 1; // besides terms.json.gz
        var chunksLoaded = seen.Keys.Count(p => System.Text.RegularExpressions.Regex.IsMatch(p, $"^/{lang}/search/split/[0-9]+\\.json\\.gz$"));
        Assert.True(chunkCount >= 3, $"the test library gave {chunkCount} chunks in {lang}; it needs several");
        Assert.Contains($"/{lang}/search/split/index.json", seen.Keys);
        Assert.DoesNotContain($"/{lang}/search/split/terms.json.gz", seen.Keys); // a word needs only the chunks of its range
        Assert.InRange(chunksLoaded, 1, chunkCount - 1);
        Assert.DoesNotContain(seen.Keys, p => p.StartsWith($"/{lang}/search/index", StringComparison.Ordinal)); // no whole index (none is published)
        var indexBytes = seen.Where(p => p.Key.Contains("/search/split/", StringComparison.Ordinal)).Sum(p => p.Value);
        var whole = Directory.GetFiles(Path.Combine(_site.Output, lang, "search", "split")).Sum(f => new FileInfo(f).Length);
        Assert.True(indexBytes < whole, $"{lang}: the split search loaded {indexBytes} bytes of index, the whole split index is {whole}");
        Assert.Empty(problems.All);
    }

    /// <summary>
    /// The English and Italian words of a case differ in their first two letters only (qu…/vo…), so each is the other's
    /// typo at edit distance 2: searching all languages for the English word must not "correct" it into the Italian one.
    /// </summary>
    [BrowserFact]
    public async Task In_all_languages_a_word_found_as_written_is_not_corrected_into_another_language_s_word()
    {
        await using var session = await fixture.OpenAsync(new BrowserNewContextOptions { BaseURL = _site.Server.BaseUri.ToString() });
        var word = SplitSite.Word("en", SplitSite.Target);
        await session.VisitAsync($"/en/search/?q={Uri.EscapeDataString(word)}&all=1");

        var links = await SearchPage.ResultLinks(session.Page);
        Assert.Equal([$"/en/cases/{SplitSite.CaseId(SplitSite.Target)}/"], links);
        Assert.Equal(0, await session.Page.Locator(".search-notice .search-exact").CountAsync());
        Assert.DoesNotContain(SplitSite.Word("it", SplitSite.Target), await session.Page.Locator(".search-notice").InnerTextAsync());
        Assert.DoesNotContain("hl=" + SplitSite.Word("it", SplitSite.Target), await session.Page.Locator(".search-results > li h2 a").First.GetAttributeAsync("href"));
    }
}

/// <summary>
/// <see cref="Count"/> cases in English and Italian, each with its own made-up words (so the index has many terms and
/// postings), written inline into a temp folder, built with the repo's theme and served on its own loopback port.
/// </summary>
public sealed class SplitSite : IAsyncLifetime
{
    public const int Count = 160;

    /// <summary>The case whose word the tests search.</summary>
    public const int Target = 97;

    private static readonly string[] Syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "da", "go", "bu", "fe", "zi", "ro", "na"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "caselib-browser-tests", Guid.NewGuid().ToString("N"));

    public StaticSiteServer Server { get; private set; } = null!;

    public string Output => Path.Combine(_folder, "public");

    public static string CaseId(int i) => $"case-{i:D3}";

    /// <summary>A made-up word, different for each number and language (four syllables, the number in base 16).</summary>
    public static string Word(string lang, int n)
    {
        var sb = new StringBuilder(lang == "it" ? "vo" : "qu");
        for (var k = 0; k < 4; k++, n /= 16) sb.Append(Syllables[n % 16]);
        return sb.ToString();
    }

    public async Task InitializeAsync()
    {
        var cases = Path.Combine(_folder, "cases");
        Write(cases, "library.yaml", "title: {en: Split, it: Diviso}\nlanguages: [en, it]\nbase_url: https://example.org/\nlicence: CC-BY-4.0\n");
        Write(cases, "competences.yaml", "listening:\n  number: 1\n  name: {en: Listening, it: Ascolto}\n  description: {en: Hearing., it: Sentire.}\n");
        Write(cases, "authors.yaml", "ann-smith:\n  name: Ann Smith\n");
        for (var i = 0; i < Count; i++)
        {
            foreach (var lang in new[] { "en", "it" })
            {
                // The case's own word, then 120 words shared with neighbours (each word in about 8 cases).
                var words = new StringBuilder(Word(lang, i));
                for (var k = 0; k < 120; k++) words.Append(' ').Append(Word(lang, 1000 + (i / 8 * 120 + k) % 4000 + k * 7));
                Write(cases, $"{CaseId(i)}/{lang}.md",
                    $"---\ntitle: \"Case {i:D3}\"\nsummary: A summary.\ncountry: IE\ncompetences: [listening]\nauthors: [ann-smith]\ndate: 2024-01-02\n" +
                    $"learning_objectives: [\"Objective {i:D3}\"]\n---\n## Context\n\n{words}.\n\n## Outcome\n\n{Word(lang, 9000 + i)} {Word(lang, 9000 + i / 2)}.\n");
            }
        }
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["build", "--source", cases, "--theme", RepoPaths.Theme, "--out", Output], stdout, stderr, new CommandEnvironment(Directory.GetCurrentDirectory()), RepoPaths.Root);
        if (code != CommandLine.Ok) throw new InvalidOperationException($"The split-index site did not build (exit {code}):\n{stderr}\n{stdout}");
        Server = await StaticSiteServer.StartAsync(Output);
    }

    private static void Write(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
