using CaseLibrary.Diagnostics;
using CaseLibrary.Schema;
using CaseLibrary.Writing;

namespace CaseLibrary.Cli;

/// <summary>
/// <c>caselib schema</c>: writes the generated JSON Schemas (default: cases/.schema/), replacing only those files,
/// and never through a symbolic link (a link committed as cases/.schema would otherwise aim the writes anywhere).
/// </summary>
internal static class SchemaCommand
{
    /// <param name="folder">The full path of the folder.</param>
    /// <param name="display">The folder as the user named it.</param>
    public static int Run(string folder, string display, TextWriter stdout, TextWriter stderr)
    {
        if (RealPath.FirstLink(Path.TrimEndingDirectorySeparator(folder)) is { } link)
        {
            stderr.WriteLine(Diagnostic.Error("CL0729", $"the schema folder '{display}' is or lies under '{link}', a symbolic link; 'caselib schema' never writes through a link. Remove the link, or choose a real folder with --out", SourceLocation.StartOf(display)));
            stderr.WriteLine("caselib: nothing was written.");
            return CommandLine.UsageError;
        }
        var files = JsonSchemaGenerator.All();
        try
        {
            new SourceFileWriter().Replace(folder, files);
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"caselib: cannot write the schemas into '{TerminalText.Escape(display)}': {TerminalText.Escape(ex.Message)}");
            return CommandLine.ContentErrors;
        }
        foreach (var (name, _) in files) stdout.WriteLine($"Wrote {TerminalText.Escape(Path.Combine(display, name).Replace(Path.DirectorySeparatorChar, '/'))}");
        return CommandLine.Ok;
    }
}
