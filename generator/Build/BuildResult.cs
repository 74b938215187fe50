using CaseLibrary.Diagnostics;
using CaseLibrary.Model;
using CaseLibrary.Rendering;

namespace CaseLibrary.Build;

/// <summary>The outcome of a run: sorted diagnostics, the model and files when the stages got that far, and stage timings.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    LibraryModel? Model,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<StageTiming> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Wall time of a stage, the processor time the process spent in it (all threads), the managed heap after it
/// and the process's peak resident set so far: where a build's time and memory go (<c>--verbose</c>).
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long HeapBytes = 0, long PeakRssBytes = 0);
