namespace CaseLibrary.Loading;

/// <summary>Starts a program and waits for it, at most for a time limit; tests pass one that records the call instead.</summary>
public interface IProcessRunner
{
    ProcessOutcome Run(string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout);
}

/// <summary>How a program ended: its exit code (null if it could not be started or was stopped) and its error output.</summary>
public sealed record ProcessOutcome(int? ExitCode, string ErrorOutput, bool NotFound = false, bool TimedOut = false);
