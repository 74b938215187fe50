using CaseLibrary.Build;
using CaseLibrary.Serve;

namespace CaseLibrary.Cli;

/// <summary><c>caselib serve</c>: runs the preview server until Ctrl+C (or until stdin closes, when it is not a terminal).</summary>
public static class ServeCommand
{
    public static int Run(BuildOptions options, int port, TextWriter stdout, TextWriter stderr)
    {
        DevServer server;
        try
        {
            server = DevServer.StartAsync(options, port, stdout).GetAwaiter().GetResult();
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"caselib serve: cannot listen on 127.0.0.1:{port}: {Diagnostics.TerminalText.Escape(ex.Message)}; choose another --port");
            return CommandLine.UsageError;
        }
        stdout.WriteLine($"Serving on {server.Url} (Ctrl+C to stop)");
        using var stop = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Set(); };
        stop.Wait();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        stdout.WriteLine("Stopped.");
        return CommandLine.Ok;
    }
}
