using CaseLibrary.Benchmarks.Shared;

namespace CaseLibrary.Benchmarks.Build;

/// <summary>One timed run of a command under GNU time: wall time, user + system CPU and peak RSS.</summary>
public sealed record TimedRun(double WallMs, double CpuMs, long PeakRssKb)
{
    /// <summary>
    /// Runs <paramref name="file"/> under <c>/usr/bin/time -v</c> (through <see cref="ProcessRunner"/>). Peak RSS is the
    /// largest single process of the run (GNU time reports the maximum, not a sum, over the command and its children).
    /// </summary>
    public static TimedRun Measure(string file, IEnumerable<string> args, string workingDirectory)
    {
        if (!File.Exists(ProcessRunner.GnuTime)) throw new BenchFailedException($"{ProcessRunner.GnuTime} is missing (Debian package 'time')");
        var result = ProcessRunner.RunChecked(file, args, workingDirectory, measureMemory: true);
        return new TimedRun(result.Elapsed.TotalMilliseconds,
            result.CpuMs ?? throw new BenchFailedException("GNU time reported no CPU time"),
            result.PeakRssKb ?? throw new BenchFailedException("GNU time reported no peak RSS"));
    }
}
