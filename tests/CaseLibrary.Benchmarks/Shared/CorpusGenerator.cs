namespace CaseLibrary.Benchmarks.Shared;

/// <summary>
/// Synthetic libraries from the shared corpus script (python3 make_corpus.py --layout caselib --n N --out DIR),
/// generated once per size into the work folder and reused by later runs (the script is deterministic).
/// </summary>
public sealed class CorpusGenerator(string script, string workFolder)
{
    /// <summary>The default script, relative to the repository root (../shared/bench/make_corpus.py).</summary>
    public static string DefaultScript => RepoRoot.Combine("..", "shared", "bench", "make_corpus.py");

    public string Script { get; } = System.IO.Path.GetFullPath(script);

    /// <summary>The folder of the caselib-layout corpus with <paramref name="cases"/> cases.</summary>
    public string Ensure(int cases, string layout = "caselib")
    {
        if (!File.Exists(Script)) throw new BenchFailedException($"corpus script not found: {Script} (use --corpus-script PATH)");
        var folder = System.IO.Path.Combine(workFolder, $"corpus-{layout}-{cases}");
        var done = System.IO.Path.Combine(workFolder, $"corpus-{layout}-{cases}.done");
        if (File.Exists(done) && File.ReadAllText(done) == Stamp()) return folder;

        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(workFolder);
        ProcessRunner.RunChecked("python3", [Script, "--layout", layout, "--n", cases.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", folder]);
        File.WriteAllText(done, Stamp());
        return folder;
    }

    // A changed script invalidates the cached corpora.
    private string Stamp() => $"{Script}\n{File.GetLastWriteTimeUtc(Script):O}\n{new FileInfo(Script).Length}";
}
