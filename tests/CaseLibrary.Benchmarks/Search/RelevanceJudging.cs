using System.Globalization;
using System.Text.Json;
using CaseLibrary.Benchmarks.Shared;

namespace CaseLibrary.Benchmarks.Search;

/// <summary>One judged query's outcome: the expected case's rank (1-based, 0 = not found) before and after.</summary>
public sealed record JudgedQuery(string Query, string Expected, int Before, int After, int ResultsBefore, int Results, string Mode, string Corrections, int? Section);

/// <summary>
/// (d) Relevance: the judged queries of tests/relevance/&lt;set&gt;/&lt;lang&gt;.tsv (query → expected case, written
/// from what practitioners type) run on a built site's published index by tests/lunr-reference/judge-queries.js, with
/// the worker's query semantics before (any word) and now (theme/assets/js/search-query.js). Success@k: the expected
/// case among the first k results; MRR: mean of 1/rank (0 when not found).
/// </summary>
public sealed class RelevanceJudging(TextWriter output)
{
    private readonly ResultsTable _table = new(
        "(d) Relevance of judged queries (tests/relevance/<set>/<lang>.tsv), before (any word, as the worker searched until now) and after (every word required, typo correction, compound parts). success@k = expected case among the first k results; results = mean number of results per query; section@k (queries that name a section) = the expected section among the expected case's first k matching sections under a heading.",
        "set", "lang", ">queries", ">success@1 before", ">after", ">success@5 before", ">after ", ">MRR before", ">after  ", ">results before", ">after   ",
        ">with section", ">section@1", ">section@3");

    private readonly List<string> _misses = new();

    public void Judge(string set, string siteFolder, IEnumerable<string> languages)
    {
        foreach (var lang in languages)
        {
            var queries = RepoRoot.Combine("tests", "relevance", set, lang + ".tsv");
            if (!File.Exists(queries)) continue;
            var judged = Run(siteFolder, lang, queries);
            if (judged.Count == 0) continue;
            static string Share(IEnumerable<bool> hits, int n) => (hits.Count(h => h) / (double)n).ToString("F2", CultureInfo.InvariantCulture);
            static string Mrr(IEnumerable<int> ranks, int n) => (ranks.Sum(r => r > 0 ? 1.0 / r : 0) / n).ToString("F3", CultureInfo.InvariantCulture);
            int n = judged.Count;
            var sections = judged.Where(j => j.Section is not null).ToList();
            _table.Add(set, lang, n,
                Share(judged.Select(j => j.Before == 1), n), Share(judged.Select(j => j.After == 1), n),
                Share(judged.Select(j => j.Before is > 0 and <= 5), n), Share(judged.Select(j => j.After is > 0 and <= 5), n),
                Mrr(judged.Select(j => j.Before), n), Mrr(judged.Select(j => j.After), n),
                judged.Average(j => j.ResultsBefore).ToString("F1", CultureInfo.InvariantCulture), judged.Average(j => j.Results).ToString("F1", CultureInfo.InvariantCulture),
                sections.Count, sections.Count == 0 ? "-" : Share(sections.Select(j => j.Section == 1), sections.Count),
                sections.Count == 0 ? "-" : Share(sections.Select(j => j.Section is > 0 and <= 3), sections.Count));
            foreach (var j in sections.Where(j => j.Section != 1))
                _misses.Add($"  {set}/{lang}: '{j.Query}' → {j.Expected}: expected section at {(j.Section is > 0 ? j.Section.ToString() : "none")} of the card's sections");
            foreach (var j in judged.Where(j => j.After != 1))
                _misses.Add($"  {set}/{lang}: '{j.Query}' → {j.Expected}: rank {Rank(j.Before)} before, {Rank(j.After)} after ({j.Results} results, {j.Mode}{(j.Corrections.Length > 0 ? ", corrected " + j.Corrections : "")})");
        }
    }

    private static string Rank(int rank) => rank == 0 ? "none" : rank.ToString(CultureInfo.InvariantCulture);

    private static List<JudgedQuery> Run(string siteFolder, string lang, string queries)
    {
        var script = RepoRoot.Combine("tests", "lunr-reference", "judge-queries.js");
        var index = Path.Combine(siteFolder, lang, "search", "index.pack.json");
        var store = Path.Combine(siteFolder, lang, "search", "store.json");
        var result = ProcessRunner.RunChecked("node", [script, lang, index, store, queries]);
        using var reply = JsonDocument.Parse(result.Stdout);
        return reply.RootElement.EnumerateArray().Select(q => new JudgedQuery(
            q.GetProperty("query").GetString()!, q.GetProperty("expected").GetString()!,
            q.GetProperty("before").GetInt32(), q.GetProperty("after").GetInt32(), q.GetProperty("resultsBefore").GetInt32(), q.GetProperty("results").GetInt32(),
            q.GetProperty("mode").GetString()!, string.Join(", ", q.GetProperty("corrections").EnumerateArray().Select(c => c.GetString())),
            q.GetProperty("section").ValueKind == JsonValueKind.Number ? q.GetProperty("section").GetInt32() : null)).ToList();
    }

    public void Print()
    {
        _table.Print(output);
        if (_misses.Count == 0) return;
        output.WriteLine();
        output.WriteLine("(d') Judged queries whose expected case is not first after the change, or whose expected section is not the card's first:");
        foreach (var miss in _misses) output.WriteLine(miss);
    }
}
