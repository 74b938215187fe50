namespace CaseLibrary.Benchmarks.Shared;

/// <summary>
/// A results table printed as an aligned Markdown pipe table, so a run's output can be pasted into the README.
/// Columns whose header starts with '>' are right-aligned (the '>' is not printed).
/// </summary>
public sealed class ResultsTable(string title, params string[] headers)
{
    private readonly List<string[]> _rows = new();

    public void Add(params object[] cells)
    {
        if (cells.Length != headers.Length) throw new ArgumentException($"{cells.Length} cells for {headers.Length} columns");
        _rows.Add(cells.Select(c => Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray());
    }

    /// <summary>Prints the title and the rows; nothing when no row was added (a skipped part).</summary>
    public void Print(TextWriter output)
    {
        if (_rows.Count == 0) return;
        var right = headers.Select(h => h.StartsWith('>')).ToArray();
        var names = headers.Select(h => h.TrimStart('>')).ToArray();
        var widths = names.Select((h, i) => Math.Max(Math.Max(h.Length, 3), _rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        string Line(IReadOnlyList<string> cells) =>
            "| " + string.Join(" | ", cells.Select((c, i) => right[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))) + " |";

        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine();
        output.WriteLine(Line(names));
        output.WriteLine("| " + string.Join(" | ", widths.Select((w, i) => right[i] ? new string('-', w - 1) + ":" : new string('-', w))) + " |");
        foreach (var row in _rows) output.WriteLine(Line(row));
        output.Flush();
    }
}
