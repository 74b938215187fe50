using System.Diagnostics;
using System.Text;

namespace CaseLibrary.Benchmarks.Shared;

/// <summary>The outcome of a child process: exit code, captured output, wall time and (when measured) peak RSS and user+system CPU.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, long? PeakRssKb, double? CpuMs = null);

/// <summary>
/// Runs a child process to completion with its output captured. With <c>measureMemory</c> the process runs
/// under /usr/bin/time -v (GNU time) and its peak resident set size is read from the report; without
/// GNU time the peak is null and the table says "n/a".
/// </summary>
public static class ProcessRunner
{
    public const string GnuTime = "/usr/bin/time";

    public static ProcessResult Run(string file, IEnumerable<string> args, string? workingDirectory = null, bool measureMemory = false)
    {
        var timeReport = measureMemory && File.Exists(GnuTime) ? System.IO.Path.GetTempFileName() : null;
        var info = new ProcessStartInfo(timeReport is null ? file : GnuTime)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? RepoRoot.Path,
        };
        if (timeReport is not null)
        {
            foreach (var a in new[] { "-v", "-o", timeReport, file }) info.ArgumentList.Add(a);
        }
        foreach (var a in args) info.ArgumentList.Add(a);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new BenchFailedException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        var (peak, cpu) = timeReport is null ? (null, null) : ReadReport(timeReport);
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, peak, cpu);
    }

    /// <summary>Runs and throws <see cref="BenchFailedException"/> with the output when the exit code is not 0.</summary>
    public static ProcessResult RunChecked(string file, IEnumerable<string> args, string? workingDirectory = null, bool measureMemory = false)
    {
        var argList = args.ToList();
        var result = Run(file, argList, workingDirectory, measureMemory);
        if (result.ExitCode != 0)
            throw new BenchFailedException($"{file} {string.Join(' ', argList)} exited {result.ExitCode}:\n{Tail(result.Stderr)}\n{Tail(result.Stdout)}");
        return result;
    }

    /// <summary>First line of a tool's version output, or "n/a" when the tool is missing.</summary>
    public static string VersionOf(string file, params string[] args)
    {
        try
        {
            var result = Run(file, args);
            var text = (result.Stdout.Length > 0 ? result.Stdout : result.Stderr).Trim();
            return result.ExitCode == 0 && text.Length > 0 ? text.Split('\n')[^1].Trim() : "n/a";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "n/a";
        }
    }

    /// <summary>Peak RSS (kB) and user + system CPU (ms) from GNU time's -v report, which is then deleted.</summary>
    private static (long? PeakRssKb, double? CpuMs) ReadReport(string report)
    {
        try
        {
            var lines = File.ReadAllLines(report).Select(l => l.Trim()).ToList();
            string? Value(string key) => lines.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?[key.Length..].Trim();
            var culture = System.Globalization.CultureInfo.InvariantCulture;
            var peak = Value("Maximum resident set size (kbytes):") is { } kb ? long.Parse(kb, culture) : (long?)null;
            var cpu = Value("User time (seconds):") is { } user && Value("System time (seconds):") is { } system
                ? (double.Parse(user, culture) + double.Parse(system, culture)) * 1000 : (double?)null;
            return (peak, cpu);
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
