namespace CaseLibrary.Loading;

/// <summary>How a program ended: its exit code (null if it could not be started or was stopped) and its error output.</summary>
public sealed record ProcessOutcome(int? ExitCode, string ErrorOutput, bool NotFound = false, bool TimedOut = false);
