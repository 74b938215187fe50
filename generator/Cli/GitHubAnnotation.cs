using CaseLibrary.Diagnostics;

namespace CaseLibrary.Cli;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command (<c>::error file=…,line=…::message</c>), escaped the way the
/// runner decodes it: in the message % CR LF become %25 %0D %0A, in properties also : and , become %3A %2C.
/// Other control characters are shown as escapes first, as in the text form, so the line stays one plain line.
/// </summary>
public static class GitHubAnnotation
{
    public static string For(Diagnostic diagnostic) =>
        $"::{(diagnostic.IsError ? "error" : "warning")} file={Property(diagnostic.Location.Path)},line={diagnostic.Location.Line},col={diagnostic.Location.Column},title={Property(diagnostic.Code)}::{Data(diagnostic.Message)}";

    public static string Data(string text) =>
        TerminalText.Escape(text, keepLineBreaks: true).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    public static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
