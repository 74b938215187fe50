namespace CaseLibrary.Benchmarks.Shared;

/// <summary>What the figures were measured on: cores, CPU model, RAM, tool versions, load at the start.</summary>
public static class MachineInfo
{
    public static void Print(TextWriter output, params (string Name, string File, string[] Args)[] tools)
    {
        output.WriteLine("Machine");
        output.WriteLine($"  cores (nproc)   {Environment.ProcessorCount}");
        output.WriteLine($"  CPU             {ProcField("/proc/cpuinfo", "model name") ?? "n/a"}");
        output.WriteLine($"  RAM             {MemTotal()}");
        output.WriteLine($"  load average    {Load()}");
        output.WriteLine($"  OS              {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        output.WriteLine($"  .NET runtime    {Environment.Version}");
        foreach (var (name, file, args) in tools) output.WriteLine($"  {name,-15} {ProcessRunner.VersionOf(file, args)}");
        output.Flush();
    }

    private static string? ProcField(string path, string key)
    {
        if (!File.Exists(path)) return null;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':') + 1)..].Trim();
    }

    private static string MemTotal()
    {
        var text = ProcField("/proc/meminfo", "MemTotal");
        if (text is null) return "n/a";
        var kb = long.Parse(new string(text.Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
        return $"{kb / 1024.0 / 1024.0:F1} GiB";
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
