using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// --pdf with a hostile theme (themes arrive by pull request too): whatever the page asks for outside the site being
/// built (a local file, another host, another port on this machine) is not loaded into the PDF, and the build still
/// succeeds, as the page would in a reader's browser under its Content-Security-Policy.
/// </summary>
public sealed class PdfIsolationTests
{
    [Fact]
    public void A_theme_cannot_print_local_files_or_other_hosts_into_the_pdf()
    {
        if (CaseLibrary.Loading.BrowserLocator.Find(configured: null) is null) return; // CI installs Chromium; PdfOptionTests covers its absence
        using var temp = new TempFolder();
        var fileSecret = "FILESECRET" + Guid.NewGuid().ToString("N")[..8];
        var cssSecret = "CSSSECRET" + Guid.NewGuid().ToString("N")[..8];
        temp.Write("secret/secret.txt", fileSecret);
        temp.Write("secret/secret.html", $"<p>{fileSecret}</p>");
        temp.Write("secret/secret.css", $"body::before {{ content: \"{cssSecret}\"; }}");
        using var other = new RecordingServer();
        var file = new Uri(temp["secret"] + "/").AbsoluteUri;
        var hostile = string.Join("\n", new[] { file, $"http://127.0.0.1:{other.Port}/", $"http://localhost:{other.Port}/", $"//127.0.0.1:{other.Port}/", $"http://[::1]:{other.Port}/" }
            .SelectMany(at => new[]
            {
                $"<iframe src=\"{at}secret.txt\"></iframe>", $"<iframe src=\"{at}secret.html\"></iframe>", $"<object data=\"{at}secret.txt\"></object>",
                $"<embed src=\"{at}secret.html\">", $"<img src=\"{at}secret.png\" alt=\"\">", $"<link rel=\"stylesheet\" href=\"{at}secret.css\">",
                $"<video src=\"{at}secret.mp4\"></video>",
            }));
        var theme = ThemeCopy.Write(temp);
        var baseof = Path.Combine(theme, "layouts", "baseof.html");
        var layout = File.ReadAllLines(baseof)
            .Where(line => !line.Contains("Content-Security-Policy", StringComparison.Ordinal)) // a hostile theme drops its policy first
            .Select(line => line.StartsWith("<body", StringComparison.Ordinal) ? line + "\n" + hostile : line);
        File.WriteAllLines(baseof, layout);
        var cases = MiniLibrary.Write(temp, ("one/en.md", MiniLibrary.Case(title: "Printed title")));

        var outcome = Caselib.Run(null, "build", "--source", cases, "--theme", theme, "--out", temp["public"], "--pdf");

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var text = PdfText(temp["public/en/cases/one/one-en.pdf"]);
        Assert.Contains("Printed title", text);
        Assert.DoesNotContain(fileSecret, text);
        Assert.DoesNotContain(cssSecret, text);
        Assert.Empty(other.Requests);
    }

    private static string PdfText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { pdf, "-" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    /// <summary>An HTTP server on another loopback port that answers every request with the secrets, and remembers each request line.</summary>
    private sealed class RecordingServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.IPv6Any, 0);
        private readonly CancellationTokenSource _stop = new();

        public RecordingServer()
        {
            _listener.Server.DualMode = true;
            _listener.Start();
            _ = Task.Run(Serve);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public System.Collections.Concurrent.ConcurrentQueue<string> Requests { get; } = new();

        private async Task Serve()
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    var stream = client.GetStream();
                    var head = new StreamReader(stream, Encoding.ASCII).ReadLine() ?? "";
                    Requests.Enqueue(head);
                    var body = Encoding.UTF8.GetBytes(head.Contains(".css") ? "body::before { content: \"CSSSECRET\"; }" : "<p>PORTSECRET</p>");
                    await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n"));
                    await stream.WriteAsync(body);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (ObjectDisposedException)
            {
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
        }
    }
}
