using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CaseLibrary.Markdown;

/// <summary>
/// Sections a reader would find wrong, both once published without a word: a heading with nothing under it before the
/// next heading of its level or above, or the end (CL0403; a heading with only subsections under it has text), and a
/// heading of the same level and words as an earlier one (CL0409: the page's contents list two sections with one name).
/// A body with no text at all is one error of its own (not a warning per heading). Positions are 0-based, like Markdig's.
/// </summary>
public static class SectionShape
{
    /// <param name="fileLine">The 1-based line in the file of a 0-based line of the text (named in a message).</param>
    public static IEnumerable<(int Line, int Column, string Code, string Message)> Find(MarkdownDocument document, Func<ContainerInline?, string> text, Func<int, int> fileLine)
    {
        var seen = new Dictionary<(int Level, string Words), int>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var words = string.Join(' ', text(heading.Inline).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (words.Length == 0) continue;
            if (seen.TryGetValue((heading.Level, words.ToLowerInvariant()), out var first))
                yield return (heading.Line, heading.Column, "CL0409",
                    $"this heading repeats the one on line {fileLine(first)} ('{Shorten(words)}'), so the page and its contents list two sections with one name: merge the two sections, or give this one a heading of its own");
            else seen.Add((heading.Level, words.ToLowerInvariant()), heading.Line);
        }

        if (!document.Any(b => b is not HeadingBlock and not LinkReferenceDefinitionGroup)) yield break;
        HeadingBlock? open = null;
        foreach (var block in document)
        {
            if (open is not null && (block is not HeadingBlock next || next.Level <= open.Level))
            {
                if (block is HeadingBlock)
                    yield return (open.Line, open.Column, "CL0403", $"the section '{Shorten(text(open.Inline))}' has no text before the next heading: write its text under it, or remove the heading");
                open = null;
            }
            open = block is HeadingBlock { Level: > 1 } heading ? heading : null;
        }
        if (open is not null)
            yield return (open.Line, open.Column, "CL0403", $"the section '{Shorten(text(open.Inline))}' has no text: write its text under it, or remove the heading");
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
