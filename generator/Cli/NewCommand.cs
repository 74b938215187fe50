using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Scaffolding;
using CaseLibrary.Writing;

namespace CaseLibrary.Cli;

/// <summary><c>caselib new</c>: reads the library through the loader, scaffolds the file, creates it (never replaces one).</summary>
internal static class NewCommand
{
    public static int Run(NewCaseRequest request, TextWriter stdout, TextWriter stderr, string displayRoot, DateOnly today)
    {
        var diagnostics = new DiagnosticBag();
        var reader = new SourceReader(displayRoot, diagnostics);
        // An id that check would refuse is refused before anything is read or made, with check's code and message.
        var folder = SourceLocation.StartOf(reader.Display(Path.Combine(Path.GetFullPath(request.Source), request.CaseId)));
        if (CaseIdRule.Problem(request.CaseId, folder) is { } idProblem)
        {
            stderr.WriteLine(idProblem);
            stderr.WriteLine("caselib: nothing was written.");
            return CommandLine.ContentErrors;
        }
        var library = new ContentLoader(reader, diagnostics).Load(request.Source);
        var file = diagnostics.HasErrors ? null : CaseScaffolder.Scaffold(request, library, today, diagnostics);
        foreach (var diagnostic in diagnostics.Sorted().Where(d => d.IsError)) stderr.WriteLine(diagnostic);
        if (file is null)
        {
            stderr.WriteLine("caselib: nothing was written.");
            return CommandLine.ContentErrors;
        }
        if (file.Refusal is not null)
        {
            stderr.WriteLine($"caselib: {TerminalText.Escape(file.Refusal)}; nothing was written.");
            return CommandLine.ContentErrors;
        }

        var display = reader.Display(Path.Combine(Path.GetFullPath(request.Source), file.RelativePath));
        if (!new SourceFileWriter().CreateNew(request.Source, file.RelativePath, file.Text))
        {
            stderr.WriteLine(Diagnostic.Error("CL0701", "this file already exists; 'caselib new' never replaces a file", SourceLocation.StartOf(display)));
            return CommandLine.ContentErrors;
        }
        stdout.WriteLine($"Created {TerminalText.Escape(display)}.");
        stdout.WriteLine($"Replace the example values and text, remove 'draft: true' when it is ready, then run: {request.Invocation} check{TerminalText.Escape(request.Folders)}");
        stdout.WriteLine($"To see it as a web page while you write: {request.Invocation} serve{TerminalText.Escape(request.Folders)}, then open http://127.0.0.1:8008/ (drafts are shown, marked as drafts).");
        return CommandLine.Ok;
    }
}
