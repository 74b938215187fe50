using CaseLibrary.Build;
using CaseLibrary.Diagnostics;
using CaseLibrary.Writing;

namespace CaseLibrary.Cli;

/// <summary>
/// Entry point of the command line; the only place that touches the console. Everything it prints that may come from
/// content or from arguments is escaped (<see cref="TerminalText"/>).
/// </summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;
    private const int MaxPrinted = 200;

    /// <summary>Runs a command; diagnostics name files relative to <paramref name="displayRoot"/> (default: the current folder).</summary>
    /// <param name="environment">What the process environment says (read once in Program.Main; tests give their own).</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CommandEnvironment environment, string? displayRoot = null)
    {
        var parsed = CommandLineParser.Parse(args, environment);
        if (parsed.Error is not null)
        {
            stderr.WriteLine($"caselib: {TerminalText.Escape(parsed.Error)}");
            // The command's own usage when the command is known ("caselib new --help"), else the list of commands.
            var helpFor = CommandLineParser.Commands.Contains(parsed.Command, StringComparer.Ordinal) ? parsed.Command + " --help" : "--help";
            stderr.WriteLine($"Run '{environment.Invocation} {helpFor}' for usage.");
            return UsageError;
        }
        if (parsed.Help)
        {
            stdout.Write(HelpText.For(parsed.Command).Replace("Usage: caselib", "Usage: " + environment.Invocation, StringComparison.Ordinal));
            return Ok;
        }
        // Protected from the output folder: the folder the user is in, even when the library is found above it.
        var userDirectory = environment.CurrentDirectory;
        if (parsed.UsesDefaultFolders && !Directory.Exists(Path.Combine(userDirectory, "cases")))
        {
            if (LibraryLocator.FindAbove(userDirectory) is not { } libraryRoot)
            {
                stderr.WriteLine($"caselib: there is no 'cases' folder here, nor in a folder above this one within the repository. Run '{environment.Invocation} {parsed.Command}' "
                    + "from the repository's root folder (the one holding cases/ and theme/), or name the folders with --source <dir> and --theme <dir>.");
                return UsageError;
            }
            stderr.WriteLine($"caselib: using the library in '{TerminalText.Escape(Path.GetRelativePath(userDirectory, libraryRoot))}' (the folder above holding cases/ and theme/); file names are relative to it.");
            environment = environment with { CurrentDirectory = libraryRoot };
        }
        // Relative paths mean relative to the environment's current folder, for the guard and the writer alike.
        string Full(string path) => path.Length == 0 ? path : Path.GetFullPath(path, environment.CurrentDirectory);
        var root = Full(displayRoot ?? environment.CurrentDirectory);
        try
        {
            if (parsed.Explain is { } explain)
                return ExplainCommand.Run(explain, stdout, stderr, environment.Invocation);
            if (parsed.NewCase is { } request)
                return NewCommand.Run(request with { Source = Full(request.Source), Invocation = environment.Invocation }, stdout, stderr, root, DateOnly.FromDateTime(DateTime.Now));
            if (parsed.SchemaOutput is { } schemaOutput)
                return SchemaCommand.Run(Full(schemaOutput), schemaOutput, stdout, stderr);
            var given = parsed.Options!;
            var options = given with { Source = Full(given.Source), Theme = Full(given.Theme), Output = Full(given.Output), DisplayRoot = root, Chromium = environment.Chromium, SearchPath = environment.SearchPath, CarriedPackages = environment.CarriedPackages };
            if (parsed.Port is { } port)
                return ServeCommand.Run(options, port, stdout, stderr);
            if (parsed.Command == "build" && OutputFolderGuard.Refusal(options.Output, new ProtectedFolders(options.Source, options.Theme, userDirectory, environment.Home), given.Output) is { } refusal)
            {
                stderr.WriteLine(refusal);
                if (parsed.GitHubAnnotations) stdout.WriteLine(GitHubAnnotation.For(refusal));
                stderr.WriteLine("caselib: nothing was built, written or deleted.");
                return UsageError;
            }
            var progress = ProgressLine.Wanted(environment) ? new ProgressLine(stderr) : null;
            using var interruption = parsed.Command == "build" ? new BuildInterruption() : null;
            var pipeline = new BuildPipeline(progress, interrupted: interruption?.Token ?? default);
            BuildResult result;
            try
            {
                result = pipeline.Run(options, parsed.Command == "build" ? BuildPlan.Build : BuildPlan.Check);
            }
            finally
            {
                progress?.Clear();
            }
            if (result.RemovedLeftovers.Count > 0)
                stdout.WriteLine($"Removed {result.RemovedLeftovers.Count} folder(s) that stopped builds left beside the output folder (unfinished sites, or previous sites moved aside): {TerminalText.Escape(string.Join(", ", result.RemovedLeftovers.Select(Path.GetFileName)))}.");
            if (result.Interrupted)
            {
                stderr.WriteLine(TerminalText.Escape($"caselib: build interrupted ({interruption!.SignalName}): nothing was changed in {given.Output}"
                    + (result.InterruptedLeftover is { } left ? $", but its unfinished site in '{left.Path}' could not be deleted ({left.Reason}): delete that folder yourself." : ".")));
                return interruption!.ExitCode;
            }
            Report(result, parsed, stdout, stderr, environment.Invocation);
            if (interruption?.Signal is not null)
                stderr.WriteLine($"caselib: {interruption.SignalName} arrived while the new site was being swapped in, which is not stopped halfway; the build finished.");
            return result.Succeeded ? Ok : ContentErrors;
        }
        catch (StageFailedException ex)
        {
            stderr.WriteLine($"caselib: internal error in the {ex.Stage} stage: {TerminalText.Escape(ex.InnerException?.Message ?? "")}");
            if (parsed.Verbose) WriteTrace(ex.InnerException, stderr);
            else stderr.WriteLine("Run again with --verbose for details; please report this as a bug.");
            return InternalError;
        }
        catch (Exception ex) when (parsed.Command is "new" or "schema")
        {
            stderr.WriteLine(TerminalText.Escape(ex is IOException or UnauthorizedAccessException
                ? $"caselib {parsed.Command}: cannot write: {ex.Message}"
                : $"caselib: internal error in '{parsed.Command}': {ex.Message}"));
            if (parsed.Verbose) WriteTrace(ex, stderr);
            return InternalError;
        }
    }

    /// <summary>A stack trace line by line: its messages may quote content, so each line is escaped like a diagnostic.</summary>
    private static void WriteTrace(Exception? exception, TextWriter stderr)
    {
        foreach (var line in (exception?.ToString() ?? "").Split('\n')) stderr.WriteLine(TerminalText.Line(line.TrimEnd('\r')));
    }

    private static void Report(BuildResult result, ParsedCommand parsed, TextWriter stdout, TextWriter stderr, string invocation)
    {
        var diagnostics = result.Diagnostics;
        // Beyond the limit (none with --verbose), errors come first: a build that fails must show why, even under
        // hundreds of warnings.
        var limit = parsed.Verbose ? int.MaxValue : MaxPrinted;
        var printed = diagnostics.Count <= limit ? diagnostics : diagnostics.Where(d => d.IsError).Concat(diagnostics.Where(d => !d.IsError)).Take(limit).ToList();
        foreach (var diagnostic in printed) stderr.WriteLine(diagnostic);
        if (parsed.GitHubAnnotations)
            foreach (var diagnostic in AnnotationOrder.Rank(diagnostics).Take(MaxPrinted)) stdout.WriteLine(GitHubAnnotation.For(diagnostic));
        if (diagnostics.Count > limit) stderr.WriteLine($"… and {diagnostics.Count - limit} more (--verbose prints them all).");

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (parsed.Verbose)
            foreach (var timing in result.Timings) stdout.WriteLine($"  {timing.Stage,-12} {timing.Elapsed.TotalMilliseconds,8:F0} ms  (cpu {timing.Cpu.TotalMilliseconds,7:F0} ms)  heap {timing.HeapBytes >> 20,5} MiB  peak RSS {timing.PeakRssBytes >> 20,5} MiB");
        if (result.Model?.LeftOutDrafts is { Count: > 0 } leftOut)
            stdout.WriteLine($"Left out {leftOut.Count} draft file(s) ({TerminalText.Escape(string.Join(", ", leftOut.Take(3)))}{(leftOut.Count > 3 ? ", …" : "")}): they are not published until 'draft: true' is removed; preview them with serve, or build --drafts.");
        // One pointer to the catalogue under the list, not one per line: the lines stay short and carry the fix already.
        if (diagnostics.Count > 0)
            stderr.WriteLine($"caselib: for what a code means and how to fix it, run '{invocation} explain {(diagnostics.FirstOrDefault(d => d.IsError) ?? diagnostics[0]).Code}' (any code).");
        if (!result.Succeeded)
        {
            stderr.WriteLine($"caselib: {errors} error(s), {warnings} warning(s); nothing was written.");
            return;
        }
        if (parsed.Command == "build" && result.SearchScripts is { Length: > 0 } scripts)
            stdout.WriteLine($"Search scripts: {TerminalText.Escape(scripts)}.");
        var cases = result.Model?.Cases.Count ?? 0;
        var pages = result.PageCount;
        var total = result.Timings.Sum(t => t.Elapsed.TotalMilliseconds);
        var drafts = result.Model?.IncludedDrafts ?? 0;
        var draftNote = drafts == 0 ? "" : $" ({drafts} draft file(s) among them)";
        stdout.WriteLine(parsed.Command == "build"
            ? $"Built {cases} cases{draftNote}: {pages} pages, {result.Paths.Count} files into {TerminalText.Escape(parsed.Options!.Output)} in {total:F0} ms ({warnings} warning(s))."
            : $"Checked {cases} cases{draftNote}, drafts included: no errors, {warnings} warning(s).");
    }
}
