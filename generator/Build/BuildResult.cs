using CaseLibrary.Diagnostics;
using CaseLibrary.Model;
using CaseLibrary.Rendering;

namespace CaseLibrary.Build;

/// <summary>
/// The outcome of a run: sorted diagnostics, the model when the stages got that far, stage timings, and what was made:
/// the path of every file and how many were pages. <see cref="Files"/> holds the files themselves only for
/// <c>serve</c> (its in-memory site); <c>build</c> streamed them to the writer and <c>check</c> dropped them.
/// </summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    LibraryModel? Model,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<StageTiming> Timings)
{
    public bool Succeeded => !Interrupted && !Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// The run stopped because it was interrupted (the command line's token, cancelled on SIGINT or SIGTERM): nothing
    /// replaced the output folder and the staging folder was deleted, unless <see cref="InterruptedLeftover"/> says otherwise.
    /// </summary>
    public bool Interrupted { get; init; }

    /// <summary>For an interrupted build: its staging folder, when it could not be deleted entirely.</summary>
    public Writing.LeftoverFolder? InterruptedLeftover { get; init; }

    /// <summary>The staging folders of earlier, killed builds of the same output folder that this build deleted.</summary>
    public IReadOnlyList<string> RemovedLeftovers { get; init; } = [];

    /// <summary>The path of every file the run made (rendered and search files; not the PDFs and the build marker), sorted.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Where the search scripts came from (theme/node_modules or the copy an installed caselib carries); null for <c>check</c>.</summary>
    public string? SearchScripts { get; init; }

    /// <summary>How many of <see cref="Paths"/> are HTML pages.</summary>
    public int PageCount { get; init; }

    /// <summary>For <c>serve</c>: the cache to pass to the next run (with what this run loaded); null when none was passed.</summary>
    public BuildCache? Cache { get; init; }
}

/// <summary>
/// Wall time of a stage, the processor time the process spent in it (all threads), the managed heap after it
/// and the process's peak resident set so far: where a build's time and memory go (<c>--verbose</c>).
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long HeapBytes = 0, long PeakRssBytes = 0);
