using Markdig.Syntax;

namespace CaseLibrary.Markdown;

/// <summary>
/// A heading typed without the space after its hashes (<c>##Results</c>): Markdown reads it as a paragraph, so the page
/// would show the hashes as text. Found in the lines of parsed paragraphs only, so code blocks are never looked at; a
/// single '#' before a word is a hashtag (#metoo) and is left alone. Positions are 0-based, like Markdig's.
/// </summary>
public static partial class HeadingWithoutSpace
{
    public static IEnumerable<(int Line, int Column, string Message, bool IsError)> Find(MarkdownDocument document, string markdown)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Span.Start < 0 || paragraph.Span.Start >= markdown.Length) continue;
            var start = paragraph.Span.Start == 0 ? 0 : markdown.LastIndexOf('\n', paragraph.Span.Start - 1) + 1;
            for (var line = paragraph.Line; start <= paragraph.Span.End && start < markdown.Length; line++)
            {
                var end = markdown.IndexOf('\n', start);
                var text = (end < 0 ? markdown[start..] : markdown[start..end]).TrimEnd('\r', ' ', '\t');
                if (Pattern().Match(text) is { Success: true } match)
                {
                    var hashes = match.Groups[1].Value;
                    var heading = text[(match.Groups[1].Index + hashes.Length)..];
                    yield return (line, match.Groups[1].Index,
                        $"this line is published as ordinary text with the '{hashes}' showing, not as a heading, because there is no space after the '{hashes}': to make it a heading, put a space after the '#'s and write {hashes} {heading}", false);
                }
                if (end < 0) break;
                start = end + 1;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^ {0,3}(#{2,6})\p{L}")]
    private static partial System.Text.RegularExpressions.Regex Pattern();
}
