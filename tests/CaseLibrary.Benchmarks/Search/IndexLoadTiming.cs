using System.Text.Json;
using CaseLibrary.Benchmarks.Shared;

namespace CaseLibrary.Benchmarks.Search;

/// <summary>The steps of one load: JSON.parse of index.pack.json, search-pack.js's loadPack, JSON.parse of store.json, one query.</summary>
public sealed record LoadSteps(List<double> ParseMs, List<double> LoadMs, List<double> StoreMs, List<double> QueryMs, long IndexBytes);

/// <summary>
/// (c') What the search worker does before its first result, step by step, timed in Node with the published files
/// (tests/lunr-reference/load-index.js): explains where the browser's time to first result goes.
/// </summary>
public static class IndexLoadTiming
{
    public static LoadSteps Run(string siteFolder, string lang, string word, int reps)
    {
        var index = Path.Combine(siteFolder, lang, "search", "index.pack.json");
        var store = Path.Combine(siteFolder, lang, "search", "store.json");
        var script = RepoRoot.Combine("tests", "lunr-reference", "load-index.js");
        var steps = new LoadSteps([], [], [], [], new FileInfo(index).Length);
        for (var round = 0; round <= reps; round++)
        {
            var result = ProcessRunner.RunChecked("node", [script, lang, index, store, word]);
            if (round == 0) continue;
            using var reply = JsonDocument.Parse(result.Stdout);
            var root = reply.RootElement;
            steps.ParseMs.Add(root.GetProperty("parseMs").GetDouble());
            steps.LoadMs.Add(root.GetProperty("loadMs").GetDouble());
            steps.StoreMs.Add(root.GetProperty("storeMs").GetDouble());
            steps.QueryMs.Add(root.GetProperty("queryMs").GetDouble());
        }
        return steps;
    }
}
