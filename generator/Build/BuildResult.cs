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

/// <summary>Wall time of a stage, and the processor time the process spent in it (all threads).</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu);
