namespace CaseLibrary.Markdown;

/// <summary>The start of every line of a body, to turn Markdig's offsets into 0-based lines and columns.</summary>
internal sealed class LineStarts
{
    private readonly List<int> _starts = [0];

    public LineStarts(string text)
    {
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) _starts.Add(i + 1);
    }

    public (int Line, int Column)? Locate(int offset)
    {
        if (offset < 0) return null;
        var index = _starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line, offset - _starts[line]);
    }
}
