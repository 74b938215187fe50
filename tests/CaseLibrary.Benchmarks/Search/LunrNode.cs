using System.Text.Encodings.Web;
using System.Text.Json;
using CaseLibrary.Benchmarks.Shared;
using CaseLibrary.Search;

namespace CaseLibrary.Benchmarks.Search;

/// <summary>One run of tests/lunr-reference/bench-index.js: lunr's own build time, the process's wall time and peak RSS.</summary>
public sealed record NodeBuild(double BuildMs, double ProcessMs, long? PeakRssKb);

/// <summary>
/// Real lunr.js 2.3.9 + lunr-languages in Node (theme/node_modules, the versions the build pins), driven through
/// tests/lunr-reference/bench-index.js. Inputs are written once per language; each run is a fresh process.
/// </summary>
public sealed class LunrNode(string workFolder)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Script => RepoRoot.Combine("tests", "lunr-reference", "bench-index.js");

    /// <summary>Writes the input of a "caselib" build: the search stage's own fields and documents.</summary>
    public string WriteCaselibInput(string name, string lang, IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> docs)
    {
        var input = new
        {
            language = lang,
            fields = fields.Select(f => new { name = f.Name, boost = f.Boost }),
            docs = docs.Select(d => new { @ref = d.Ref, values = d.Values }),
        };
        return Write(name, input);
    }

    /// <summary>Writes the input of a "naive" build: full URL, title, summary and body text per document.</summary>
    public string WriteNaiveInput(string name, string lang, IEnumerable<(string Url, string Title, string Summary, string Body)> docs)
    {
        var input = new { language = lang, docs = docs.Select(d => new { url = d.Url, title = d.Title, summary = d.Summary, body = d.Body }) };
        return Write(name, input);
    }

    public NodeBuild Build(string mode, string input, string indexOut, string? storeOut = null)
    {
        string[] args = storeOut is null ? [Script, mode, input, indexOut] : [Script, mode, input, indexOut, storeOut];
        var result = ProcessRunner.RunChecked("node", args, measureMemory: true);
        using var reply = JsonDocument.Parse(result.Stdout);
        return new NodeBuild(reply.RootElement.GetProperty("buildMs").GetDouble(), result.Elapsed.TotalMilliseconds, result.PeakRssKb);
    }

    private string Write(string name, object input)
    {
        Directory.CreateDirectory(workFolder);
        var path = System.IO.Path.Combine(workFolder, name);
        File.WriteAllText(path, JsonSerializer.Serialize(input, Json));
        return path;
    }
}
