using System.Diagnostics;

namespace CaseLibrary.Cli;

/// <summary>
/// One self-overwriting line on a terminal ("caselib: render… 3.2 s"), so a long build shows where it is.
/// Used only when stderr is a terminal and not in CI; cleared before the summary is printed.
/// </summary>
internal sealed class ProgressLine(TextWriter stderr) : IProgress<string>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _shown;

    /// <summary>True when progress belongs on this console: stderr is a terminal (not a dumb one) and this is not CI.</summary>
    public static bool Wanted(CommandEnvironment environment) => environment.StderrIsTerminal && !environment.Ci;

    public void Report(string stage)
    {
        stderr.Write($"\r\u001b[Kcaselib: {stage}… {_clock.Elapsed.TotalSeconds:F1} s");
        stderr.Flush();
        _shown = true;
    }

    public void Clear()
    {
        if (!_shown) return;
        stderr.Write("\r\u001b[K");
        stderr.Flush();
        _shown = false;
    }
}
