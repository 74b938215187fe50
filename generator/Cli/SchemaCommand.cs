using CaseLibrary.Schema;
using CaseLibrary.Writing;

namespace CaseLibrary.Cli;

/// <summary><c>caselib schema</c>: writes the generated JSON Schemas (default: cases/.schema/).</summary>
internal static class SchemaCommand
{
    public static int Run(string output, TextWriter stdout)
    {
        var files = JsonSchemaGenerator.All();
        new SourceFileWriter().Replace(output, files);
        foreach (var (name, _) in files) stdout.WriteLine($"Wrote {Path.Combine(output, name).Replace(Path.DirectorySeparatorChar, '/')}");
        return CommandLine.Ok;
    }
}
