using System.ComponentModel;
using System.Diagnostics;

namespace CaseLibrary.Loading;

/// <summary>
/// Runs a real process: output read while it runs (so a full pipe cannot stall it), killed with its children on timeout.
/// Only an absolute path is started (see <see cref="ProgramLocator"/>), with the given PATH, so that what the program
/// starts in turn is found only in trusted folders too.
/// </summary>
public sealed class ProcessRunner(string searchPath) : IProcessRunner
{
    public ProcessOutcome Run(string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        if (!Path.IsPathFullyQualified(program))
            throw new ArgumentException($"'{program}' is not an absolute path; a bare name can start a file in the current folder", nameof(program));
        var start = new ProcessStartInfo(program, arguments)
        {
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = searchPath;
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
