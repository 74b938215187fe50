namespace CaseLibrary.Benchmarks.Shared;

/// <summary>
/// Peak resident set size of this process over a span of work, from /proc (Linux): writing "5" to
/// /proc/self/clear_refs resets the high-water mark VmHWM, which /proc/self/status then reports.
/// Returns null where /proc is not available. The peak includes what the process already holds
/// (runtime, loaded corpus model), so compare it with <see cref="CurrentKb"/> taken before.
/// </summary>
public static class PeakMemory
{
    public static void Reset()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    public static long? PeakKb => Read("VmHWM:");

    public static long? CurrentKb => Read("VmRSS:");

    private static long? Read(string key)
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            if (line is null) return null;
            var digits = new string(line[key.Length..].Where(char.IsDigit).ToArray());
            return long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
