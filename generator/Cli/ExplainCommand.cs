using CaseLibrary.Diagnostics;
using CaseLibrary.Diagnostics.Catalogue;

namespace CaseLibrary.Cli;

/// <summary>
/// <c>caselib explain [CODE] [--markdown]</c>: one catalogue entry (what it means, an example, the fix); with no code,
/// every code with its title; with <c>--markdown</c>, the reference section the README holds.
/// </summary>
internal static class ExplainCommand
{
    /// <param name="invocation">How the reader starts caselib (<c>caselib</c> or <c>dotnet run --project generator --</c>).</param>
    public static int Run(ExplainRequest request, TextWriter stdout, TextWriter stderr, string invocation)
    {
        if (request.Markdown)
        {
            stdout.Write(CatalogueText.Markdown(DiagnosticCatalogue.All));
            return CommandLine.Ok;
        }
        if (request.Code is null)
        {
            stdout.Write(CatalogueText.List(DiagnosticCatalogue.All));
            stdout.WriteLine($"Run '{invocation} explain CODE' for what a code means, an example and how to fix it.");
            return CommandLine.Ok;
        }
        if (DiagnosticCatalogue.Find(request.Code) is { } entry)
        {
            stdout.Write(CatalogueText.Entry(entry));
            return CommandLine.Ok;
        }
        var code = TerminalText.Escape(request.Code);
        var near = Suggestions.Hint(request.Code.Trim().ToUpperInvariant(), DiagnosticCatalogue.All.Select(e => e.Code));
        stderr.WriteLine($"caselib explain: there is no diagnostic code '{code}'{near}. Codes look like CL0132 or YAML013, as printed after 'error' or 'warning'.");
        stderr.WriteLine($"Run '{invocation} explain' to list every code.");
        return CommandLine.UsageError;
    }
}

/// <summary>What <c>explain</c> was asked: one code, the list (no code), or the Markdown reference.</summary>
public sealed record ExplainRequest(string? Code, bool Markdown);
