namespace CaseLibrary.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
