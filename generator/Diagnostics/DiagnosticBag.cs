namespace CaseLibrary.Diagnostics;

/// <summary>Collects diagnostics from any thread; hands them out sorted by file, line, column and code.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate) _items.AddRange(diagnostics);
    }

    public void Error(string code, string message, SourceLocation location) => Add(Diagnostic.Error(code, message, location));

    public void Warning(string code, string message, SourceLocation location) => Add(Diagnostic.Warning(code, message, location));

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.IsError); }
    }

    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
