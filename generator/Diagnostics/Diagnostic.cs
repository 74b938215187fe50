namespace CaseLibrary.Diagnostics;

/// <summary>One problem found in the sources: data, never an exception.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    public static Diagnostic Error(string code, string message, SourceLocation location) => new(Severity.Error, code, message, location);

    public static Diagnostic Warning(string code, string message, SourceLocation location) => new(Severity.Warning, code, message, location);

    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
