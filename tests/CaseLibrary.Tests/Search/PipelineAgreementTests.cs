using System.Diagnostics;
using CaseLibrary.Search;
using Xunit;
using Xunit.Abstractions;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// Every word of a large sample must become the same index terms and search terms in C# as in
/// lunr's pipelines in Node (tests/lunr-reference/run-pipeline.js): all words of the library's
/// cases, tricky synthetic words, and a Debian word list per language.
/// </summary>
public sealed class PipelineAgreementTests(ITestOutputHelper output)
{
    // Debian packages wamerican, wfrench, witalian, wngerman, wdutch; Debian has no Finnish list.
    private static readonly Dictionary<string, string> WordLists = new()
    {
        ["en"] = "/usr/share/dict/american-english",
        ["fr"] = "/usr/share/dict/french",
        ["it"] = "/usr/share/dict/italian",
        ["de"] = "/usr/share/dict/ngerman",
        ["nl"] = "/usr/share/dict/dutch",
    };

    // Jint runs the lunr-languages stemmers; a sample of each list keeps the run short.
    // CASELIB_WORDLIST_SAMPLE=N (or "all") widens it for a thorough run.
    private static readonly int JintSampleSize =
        Environment.GetEnvironmentVariable("CASELIB_WORDLIST_SAMPLE") is { } sample
            ? (sample == "all" ? int.MaxValue : int.Parse(sample, System.Globalization.CultureInfo.InvariantCulture))
            : 25000;

    private static LunrTestEnvironment Env => LunrTestEnvironment.Instance;

    [Theory]
    [MemberData(nameof(LunrTestEnvironment.Languages), MemberType = typeof(LunrTestEnvironment))]
    public void PipelinesAgreeWithLunr(string language)
    {
        var words = new List<string>();
        words.AddRange(CaseFiles.Texts(Env.RepoRoot, language).SelectMany(text => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        int caseWords = words.Distinct(StringComparer.Ordinal).Count();
        words.AddRange(SyntheticDocuments.WordsFor(language));
        words.AddRange(WordListSample(language));
        string[] unique = words.Distinct(StringComparer.Ordinal).ToArray();
        output.WriteLine($"{language}: {unique.Length} distinct words ({caseWords} from cases)");

        var stopwatch = Stopwatch.StartNew();
        string reference = Env.RunReference("run-pipeline.js",
            "{\"language\":" + JsonText.String(language) + ",\"words\":" + JsonText.Strings(unique) + "}");
        var expected = ((List<object?>)LenientJson.Parse(reference)!)
            .Cast<Dictionary<string, object?>>()
            .Select(result => new PipelineResult(LenientJson.Strings(result["index"]), LenientJson.Strings(result["search"])))
            .ToArray();
        output.WriteLine($"node: {stopwatch.ElapsedMilliseconds} ms");

        stopwatch.Restart();
        LanguagePipeline pipeline = Env.Pipeline(language);
        var mismatches = new List<string>();
        for (int i = 0; i < unique.Length; i++)
        {
            List<string> tokens = LunrTokenizer.Tokenize(unique[i]);
            string[] index = tokens.SelectMany(pipeline.IndexTerms).ToArray();
            string[] search = tokens.SelectMany(pipeline.SearchTerms).ToArray();
            if (!index.SequenceEqual(expected[i].Index) || !search.SequenceEqual(expected[i].Search))
            {
                mismatches.Add($"{unique[i]}: index [{string.Join(" ", index)}] vs [{string.Join(" ", expected[i].Index)}], "
                    + $"search [{string.Join(" ", search)}] vs [{string.Join(" ", expected[i].Search)}]");
            }
        }
        output.WriteLine($"C#: {stopwatch.ElapsedMilliseconds} ms");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {unique.Length} words differ:\n" + string.Join("\n", mismatches.Take(20)));
    }

    /// <summary>
    /// The browser runs lunr's own minified build and lunr-languages' minified scripts (the site publishes those): for
    /// every word of the case texts, the synthetic words and the whole word list they give the same index and search
    /// terms as lunr.js and lunr-languages' scripts (tests/lunr-reference/published-pipeline.js).
    /// </summary>
    [Theory]
    [MemberData(nameof(LunrTestEnvironment.Languages), MemberType = typeof(LunrTestEnvironment))]
    public void PublishedMinifiedScriptsAgreeWithLunr(string language)
    {
        var words = new List<string>();
        words.AddRange(CaseFiles.Texts(Env.RepoRoot, language).SelectMany(text => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        words.AddRange(SyntheticDocuments.WordsFor(language));
        words.AddRange(WordListSample(language, int.MaxValue));
        string[] unique = words.Distinct(StringComparer.Ordinal).ToArray();

        string answer = Env.RunReference("published-pipeline.js",
            "{\"language\":" + JsonText.String(language) + ",\"words\":" + JsonText.Strings(unique) + "}");
        output.WriteLine(answer.Length > 2000 ? answer[..2000] : answer);
        using var report = System.Text.Json.JsonDocument.Parse(answer);
        Assert.Equal(unique.Length, report.RootElement.GetProperty("words").GetInt32());
        Assert.True(report.RootElement.GetProperty("terms").GetInt32() > unique.Length / 2, answer);
        Assert.Empty(report.RootElement.GetProperty("differences").EnumerateArray().Select(d => d.GetString()));
    }

    private IEnumerable<string> WordListSample(string language, int? size = null)
    {
        int sampleSize = size ?? JintSampleSize;
        if (!WordLists.TryGetValue(language, out string? path))
        {
            output.WriteLine($"{language}: Debian has no word list; case words and built-in samples only.");
            return [];
        }
        if (!File.Exists(path))
        {
            string message = $"{language}: word list {path} is not installed (apt-get install wamerican wfrench witalian wngerman wdutch).";
            Assert.False(LunrTestEnvironment.IsCi, message);
            output.WriteLine(message + " Skipped.");
            return [];
        }
        string[] all = File.ReadAllLines(path);
        if (language == "en" || all.Length <= sampleSize) return all;
        // An even, deterministic spread over the alphabetical list.
        return Enumerable.Range(0, sampleSize).Select(i => all[(int)((long)i * all.Length / sampleSize)]);
    }

    private sealed record PipelineResult(string[] Index, string[] Search);
}
