using CaseLibrary.Build;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Cli;

/// <summary>Entry point of the command line; the only place that touches the console.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;
    private const int MaxPrinted = 200;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, displayRoot: null);

    /// <summary>Runs a command; diagnostics name files relative to <paramref name="displayRoot"/> (default: the current folder).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string? displayRoot) =>
        Run(args, stdout, stderr, displayRoot, showProgress: false);

    /// <param name="showProgress">Show a progress line on <paramref name="stderr"/> (a terminal, not CI).</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string? displayRoot, bool showProgress)
    {
        var parsed = CommandLineParser.Parse(args);
        if (parsed.Error is not null)
        {
            stderr.WriteLine($"caselib: {parsed.Error}");
            stderr.WriteLine("Run 'caselib --help' for usage.");
            return UsageError;
        }
        if (parsed.Help)
        {
            stdout.Write(HelpText.For(parsed.Command));
            return Ok;
        }
        try
        {
            if (parsed.NewCase is { } request)
                return NewCommand.Run(request, stdout, stderr, displayRoot, DateOnly.FromDateTime(DateTime.Now));
            if (parsed.SchemaOutput is { } schemaOutput)
                return SchemaCommand.Run(schemaOutput, stdout);
            if (parsed.Port is { } port)
                return ServeCommand.Run(parsed.Options! with { DisplayRoot = displayRoot }, port, stdout, stderr);
            var options = parsed.Options! with { DisplayRoot = displayRoot };
            var progress = showProgress ? new ProgressLine(stderr) : null;
            var pipeline = new BuildPipeline(progress);
            BuildResult result;
            try
            {
                result = pipeline.Run(options, parsed.Command == "build" ? BuildPlan.Build : BuildPlan.Check);
            }
            finally
            {
                progress?.Clear();
            }
            Report(result, parsed, stdout, stderr);
            return result.Succeeded ? Ok : ContentErrors;
        }
        catch (StageFailedException ex)
        {
            stderr.WriteLine($"caselib: internal error in the {ex.Stage} stage: {ex.InnerException?.Message}");
            stderr.WriteLine(parsed.Verbose ? ex.InnerException?.ToString() : "Run again with --verbose for details; please report this as a bug.");
            return InternalError;
        }
        catch (Exception ex) when (parsed.Command is "new" or "schema")
        {
            stderr.WriteLine(ex is IOException or UnauthorizedAccessException
                ? $"caselib {parsed.Command}: cannot write: {ex.Message}"
                : $"caselib: internal error in '{parsed.Command}': {ex.Message}");
            if (parsed.Verbose) stderr.WriteLine(ex.ToString());
            return InternalError;
        }
    }

    private static void Report(BuildResult result, ParsedCommand parsed, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = result.Diagnostics;
        // Beyond the limit, errors come first: a build that fails must show why, even under hundreds of warnings.
        var printed = diagnostics.Count <= MaxPrinted ? diagnostics : diagnostics.Where(d => d.IsError).Concat(diagnostics.Where(d => !d.IsError)).Take(MaxPrinted).ToList();
        foreach (var diagnostic in printed) stderr.WriteLine(diagnostic);
        if (parsed.GitHubAnnotations)
            foreach (var diagnostic in printed) stdout.WriteLine(GitHubAnnotation(diagnostic));
        if (diagnostics.Count > MaxPrinted) stderr.WriteLine($"… and {diagnostics.Count - MaxPrinted} more.");

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (parsed.Verbose)
            foreach (var timing in result.Timings) stdout.WriteLine($"  {timing.Stage,-12} {timing.Elapsed.TotalMilliseconds,8:F0} ms  (cpu {timing.Cpu.TotalMilliseconds,7:F0} ms)  heap {timing.HeapBytes >> 20,5} MiB  peak RSS {timing.PeakRssBytes >> 20,5} MiB");
        if (!result.Succeeded)
        {
            stderr.WriteLine($"caselib: {errors} error(s), {warnings} warning(s); nothing was written.");
            return;
        }
        var cases = result.Model?.Cases.Count ?? 0;
        var pages = result.Files.Count(f => f.IsPage);
        var total = result.Timings.Sum(t => t.Elapsed.TotalMilliseconds);
        stdout.WriteLine(parsed.Command == "build"
            ? $"Built {cases} cases: {pages} pages, {result.Files.Count} files into {parsed.Options!.Output} in {total:F0} ms ({warnings} warning(s))."
            : $"Checked {cases} cases: no errors, {warnings} warning(s).");
    }

    private static string GitHubAnnotation(Diagnostic d)
    {
        static string Escape(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        static string EscapeProperty(string s) => Escape(s).Replace(":", "%3A").Replace(",", "%2C");
        return $"::{(d.IsError ? "error" : "warning")} file={EscapeProperty(d.Location.Path)},line={d.Location.Line},col={d.Location.Column},title={EscapeProperty(d.Code)}::{Escape(d.Message)}";
    }
}
