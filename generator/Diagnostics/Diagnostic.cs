namespace CaseLibrary.Diagnostics;

/// <summary>One problem found in the sources: data, never an exception.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    public static Diagnostic Error(string code, string message, SourceLocation location) => new(Severity.Error, code, message, location);

    public static Diagnostic Warning(string code, string message, SourceLocation location) => new(Severity.Warning, code, message, location);

    public bool IsError => Severity == Severity.Error;

    /// <summary>The text form, <c>path(line,col): error CODE: message</c>, safe to print (see <see cref="TerminalText"/>).</summary>
    public override string ToString() =>
        TerminalText.Line($"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}");
}
