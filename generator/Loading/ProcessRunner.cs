using System.ComponentModel;
using System.Diagnostics;

namespace CaseLibrary.Loading;

/// <summary>Runs a real process: output read while it runs (so a full pipe cannot stall it), killed with its children on timeout.</summary>
public sealed class ProcessRunner : IProcessRunner
{
    public ProcessOutcome Run(string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return new ProcessOutcome(null, "", NotFound: true);
        }
        using (process)
        {
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new ProcessOutcome(null, "", TimedOut: true);
            }
            process.WaitForExit(); // lets the output readers reach the end
            output.Wait();
            return new ProcessOutcome(process.ExitCode, errors.Result);
        }
    }
}
