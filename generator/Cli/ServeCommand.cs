using System.Runtime.InteropServices;
using CaseLibrary.Build;
using CaseLibrary.Serve;

namespace CaseLibrary.Cli;

/// <summary><c>caselib serve</c>: runs the preview server until Ctrl+C or SIGTERM (a plain <c>kill</c>, an IDE's stop button).</summary>
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
        using var stop = new ManualResetEventSlim();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true; // stop here, cleanly, instead of the runtime ending the process
            stop.Set();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var stopping = server.Stopping.Register(stop.Set);
        stdout.WriteLine($"Serving on {server.Url} (Ctrl+C to stop)");
        stdout.Flush();
        stop.Wait();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        stdout.WriteLine("Stopped.");
        return CommandLine.Ok;
    }
}
