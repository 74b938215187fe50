using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CaseLibrary.Tests.Support;
using Xunit.Abstractions;

namespace CaseLibrary.Tests.Serve;

/// <summary>
/// The real command line as a child process (<c>dotnet caselib.dll serve</c>), started the way a maintainer would
/// start it in a checkout a pull request can change: an appsettings.json in the working folder and ASP.NET's
/// environment variables asking for other endpoints (0.0.0.0 among them) change nothing: the only socket it
/// listens on is 127.0.0.1 on the given port, also after such a file appears while it runs. SIGTERM stops it
/// cleanly (exit 0, port released), as Ctrl+C does.
/// </summary>
public sealed partial class ServeProcessTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    [GeneratedRegex(@"Serving on http://127\.0\.0\.1:(\d+)/")]
    private static partial Regex ServingLine();

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string Settings(int port) => $$"""
        {
          "urls": "http://0.0.0.0:{{port}}",
          "http_ports": "{{port}}",
          "preferHostingUrls": true,
          "AllowedHosts": "*",
          "Kestrel": { "Endpoints": { "Open": { "Url": "http://0.0.0.0:{{port}}" }, "Loopback": { "Url": "http://127.0.0.1:{{port + 1}}" } } }
        }
        """;

    [Fact]
    public async Task Serve_listens_on_loopback_only_whatever_files_and_environment_say_and_stops_on_SIGTERM()
    {
        if (!OperatingSystem.IsLinux())
        {
            output.WriteLine("skipped: needs Linux (/proc and kill)");
            return;
        }
        var caselib = Path.Combine(AppContext.BaseDirectory, "caselib.dll");
        Assert.True(File.Exists(caselib), $"{caselib} not found next to the tests");
        var work = _temp["work"];
        Directory.CreateDirectory(work);
        var other = FreePort();
        File.WriteAllText(Path.Combine(work, "appsettings.json"), Settings(other));
        File.WriteAllText(Path.Combine(work, "appsettings.Development.json"), Settings(other));
        File.WriteAllText(Path.Combine(work, "appsettings.Production.json"), Settings(other));

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { caselib, "serve", "--source", RepoPaths.Fixture("tiny") + "/cases", "--theme", RepoPaths.Theme, "--port", "0" })
            start.ArgumentList.Add(arg);
        var everywhere = $"http://0.0.0.0:{other}";
        foreach (var name in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_Kestrel__Endpoints__Http__Url", "DOTNET_Kestrel__Endpoints__Http__Url", "Kestrel__Endpoints__Http__Url", "URLS" })
            start.Environment[name] = everywhere;
        start.Environment["ASPNETCORE_HTTP_PORTS"] = other.ToString(CultureInfo.InvariantCulture);
        start.Environment["ASPNETCORE_PREFERHOSTINGURLS"] = "true";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var port = 0;
        var lines = new List<string>();
        try
        {
            var reading = Task.Run(async () =>
            {
                while (await process.StandardOutput.ReadLineAsync() is { } line)
                {
                    lines.Add(line);
                    if (ServingLine().Match(line) is { Success: true } match) return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                }
                return 0;
            });
            Assert.True(await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(120))) == reading, "serve did not start in 120 s");
            port = await reading;
            if (port == 0) Assert.Fail("serve exited before serving:\n" + string.Join("\n", lines) + "\n" + await stderr);

            Assert.Equal([$"127.0.0.1:{port}"], ListeningSockets(process.Id));
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"http://127.0.0.1:{port}/en/")).StatusCode);

            // A configuration file that appears while serve runs (git pull, git checkout) is not read either.
            File.WriteAllText(Path.Combine(work, "appsettings.json"), Settings(other + 2));
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Equal([$"127.0.0.1:{port}"], ListeningSockets(process.Id));

            Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
            var exited = process.WaitForExitAsync();
            Assert.True(await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(30))) == exited, "serve still runs 30 s after SIGTERM");
            var rest = await process.StandardOutput.ReadToEndAsync();
            output.WriteLine(string.Join("\n", lines) + "\n" + rest + "\n" + await stderr);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopped.", rest);
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start(); // the port is free again
            listener.Stop();
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>"address:port" of every TCP socket the process listens on, read from /proc (IPv4 and IPv6).</summary>
    private static List<string> ListeningSockets(int pid)
    {
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd"))
            if (new FileInfo(fd).LinkTarget is { } target && target.StartsWith("socket:[", StringComparison.Ordinal))
                inodes.Add(target[8..^1]);
        var sockets = new List<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table)) continue;
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns[3] != "0A" || !inodes.Contains(columns[9])) continue; // 0A: LISTEN
                var local = columns[1].Split(':');
                var address = Convert.FromHexString(local[0]);
                // /proc writes each 32-bit word of the address in host (little-endian) order.
                for (var i = 0; i < address.Length; i += 4) Array.Reverse(address, i, 4);
                sockets.Add(new IPEndPoint(new IPAddress(address), int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
            }
        }
        sockets.Sort(StringComparer.Ordinal);
        return sockets;
    }

    public void Dispose() => _temp.Dispose();
}
