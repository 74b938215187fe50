using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CaseLibrary.Benchmarks.Shared;

namespace CaseLibrary.Benchmarks.Build;

/// <summary>
/// <c>caselib serve</c> as a child process on a corpus: after the first build, one case file is edited (a marker
/// sentence appended) and the case page is polled over HTTP until it contains the marker. Between edits the server
/// is left to finish its background full build, as between a contributor's saves. The server's resident memory is
/// read from /proc after the first build and its peak (VmHWM) after the full rebuilds: a full rebuild under serve must
/// not double it.
/// </summary>

public static class ServeEditTiming
{
    public static ServeMeasurement Measure(string caselib, string corpus, string theme, int edits, TextWriter log)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(caselib)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "serve", "--source", corpus, "--theme", theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new BenchFailedException("could not start caselib serve");
        var serverLog = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (serverLog) serverLog.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (serverLog) serverLog.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            WaitFor(() => State(http) is { } s && s.GetProperty("version").GetInt32() >= 1 && !s.GetProperty("busy").GetBoolean(), TimeSpan.FromMinutes(10), "the first build");
            var firstRss = Status(process.Id, "VmRSS:");
            var folder = Directory.GetDirectories(corpus).Where(d => File.Exists(Path.Combine(d, "en.md"))).Order(StringComparer.Ordinal).First();
            var id = Path.GetFileName(folder);
            var file = Path.Combine(folder, "en.md");
            var original = File.ReadAllText(file);
            var times = new List<double>();
            try
            {
                for (var i = 0; i <= edits; i++)
                {
                    var marker = $"Serve edit marker {i} {Guid.NewGuid():N}.";
                    var clock = Stopwatch.StartNew();
                    File.WriteAllText(file, original + "\n" + marker + "\n");
                    WaitFor(() => Page(http, $"en/cases/{id}/").Contains(marker, StringComparison.Ordinal), TimeSpan.FromMinutes(2), "the edited page");
                    if (i > 0) times.Add(clock.Elapsed.TotalMilliseconds); // edit 0 is the warm-up
                    Thread.Sleep(300);
                    WaitFor(() => State(http) is { } s && !s.GetProperty("busy").GetBoolean(), TimeSpan.FromMinutes(10), "the full rebuild");
                }
            }
            finally
            {
                File.WriteAllText(file, original);
            }
            return new ServeMeasurement(times, firstRss, Status(process.Id, "VmHWM:"), edits + 1);
        }
        finally
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit();
            lock (serverLog) log.WriteLine("  serve log (last lines): " + string.Join(" | ", serverLog.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(4)));
        }
    }

    /// <summary>A field of /proc/PID/status in KiB (Linux: VmRSS is resident now, VmHWM its peak so far).</summary>
    private static long Status(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal))
            ?? throw new BenchFailedException($"/proc/{pid}/status has no {field}");
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static JsonElement? State(HttpClient http)
    {
        try { return JsonDocument.Parse(http.GetStringAsync("__caselib/state").Result).RootElement; }
        catch (AggregateException) { return null; }
    }

    private static string Page(HttpClient http, string path)
    {
        try { return http.GetStringAsync(path).Result; }
        catch (AggregateException) { return ""; }
    }

    private static void WaitFor(Func<bool> done, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            if (clock.Elapsed > limit) throw new BenchFailedException($"serve: gave up waiting for {what} after {limit.TotalSeconds:F0} s");
            Thread.Sleep(5);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>What <see cref="ServeEditTiming.Measure"/> saw: the edit times, and serve's resident memory after the first build and at its peak.</summary>
public sealed record ServeMeasurement(IReadOnlyList<double> EditMs, long FirstBuildRssKb, long PeakRssKb, int FullRebuilds);
