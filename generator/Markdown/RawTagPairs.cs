using Markdig.Syntax.Inlines;

namespace CaseLibrary.Markdown;

/// <summary>
/// One message per raw HTML element: a closing tag ('&lt;/b&gt;') whose opening tag was already reported in the same
/// paragraph is not reported again; a closing tag on its own always is.
/// </summary>
internal sealed class RawTagPairs
{
    private readonly Dictionary<(ContainerInline Paragraph, string Name), int> _open = [];

    /// <summary>Whether <paramref name="inline"/> needs its own diagnostic.</summary>
    public bool Report(HtmlInline inline)
    {
        var tag = inline.Tag;
        var closing = tag.StartsWith("</", StringComparison.Ordinal);
        var name = Name(tag, closing ? 2 : 1);
        if (name.Length == 0) return true;
        var key = (Root(inline), name);
        if (!closing)
        {
            _open[key] = _open.GetValueOrDefault(key) + 1;
            return true;
        }
        if (_open.GetValueOrDefault(key) == 0) return true;
        _open[key]--;
        return false;
    }

    private static ContainerInline Root(Inline inline)
    {
        var container = inline.Parent!;
        while (container.Parent is { } parent) container = parent;
        return container;
    }

    private static string Name(string tag, int start)
    {
        var end = start;
        while (end < tag.Length && (char.IsAsciiLetterOrDigit(tag[end]) || tag[end] == '-')) end++;
        return tag[start..end].ToLowerInvariant();
    }
}
