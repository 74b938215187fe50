namespace CaseLibrary.Loading;

/// <summary>Starts a program and waits for it, at most for a time limit; tests pass one that records the call instead.</summary>
public interface IProcessRunner
{
    ProcessOutcome Run(string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout);
}
