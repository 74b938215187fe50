namespace CaseLibrary.Diagnostics;

/// <summary>A 1-based position in a source file, printed the way editors and CI annotate: <c>path(line,col)</c>.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
