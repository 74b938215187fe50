using System.Diagnostics;
using System.Globalization;
using CaseLibrary.Benchmarks.Shared;

namespace CaseLibrary.Benchmarks.Build;

/// <summary>One timed run of a command under GNU time: wall time, user + system CPU and peak RSS.</summary>
public sealed record TimedRun(double WallMs, double CpuMs, long PeakRssKb)
{
    /// <summary>
    /// Runs <paramref name="file"/> under <c>/usr/bin/time -v</c>. Peak RSS is the largest single process of the run
    /// (GNU time reports the maximum, not a sum, over the command and the children it waited for).
    /// </summary>
    public static TimedRun Measure(string file, IEnumerable<string> args, string workingDirectory)
    {
        var report = Path.GetTempFileName();
        try
        {
            var info = new ProcessStartInfo(ProcessRunner.GnuTime)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory,
            };
            foreach (var a in new[] { "-v", "-o", report, file }.Concat(args)) info.ArgumentList.Add(a);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(info) ?? throw new BenchFailedException($"could not start {file}");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            clock.Stop();
            if (process.ExitCode != 0)
                throw new BenchFailedException($"{file} {string.Join(' ', info.ArgumentList.Skip(4))} exited {process.ExitCode}:\n{Tail(stderr.Result)}\n{Tail(stdout.Result)}");
            var lines = File.ReadAllLines(report);
            double Seconds(string key) => double.Parse(Value(lines, key), CultureInfo.InvariantCulture);
            return new TimedRun(clock.Elapsed.TotalMilliseconds, (Seconds("User time (seconds)") + Seconds("System time (seconds)")) * 1000,
                long.Parse(Value(lines, "Maximum resident set size (kbytes)"), CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static string Value(string[] lines, string key) =>
        lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(": ", 2)[1].Trim()
        ?? throw new BenchFailedException($"GNU time reported no '{key}'");

    private static string Tail(string text) => text.Length <= 3000 ? text : "…" + text[^3000..];
}
