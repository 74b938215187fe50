using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CaseLibrary.Markdown;

/// <summary>
/// Markdown that did not become what it looks like and would be published as its raw characters, found in the parsed
/// document's text: <c>![alt](file name.png)</c> or <c>[text](an address)</c> with a space in the address, or
/// <c>[text][name]</c> with no <c>[name]: address</c> line (errors); a footnote reference <c>[^9]</c> with no
/// <c>[^9]: …</c> line, <c>[text] (address)</c> with a space after the bracket, or a heading with no space after its
/// hashes, <c>##Results</c> (<see cref="HeadingWithoutSpace"/>) (warnings). Positions are 0-based, like Markdig's.
/// </summary>
public static class LiteralMarkup
{
    public const string Code = "CL0176";

    public static IEnumerable<(int Line, int Column, string Message, bool IsError)> Find(MarkdownDocument document, string markdown)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var content = literal.Content.ToString();
            for (var k = content.IndexOf(']'); k >= 0; k = content.IndexOf(']', k + 1))
            {
                var at = literal.Span.Start + k;
                if (at < 0 || at >= markdown.Length || markdown[at] != ']') continue;
                if (Explain(markdown, at) is not { } found) continue;
                yield return (literal.Line, literal.Column + k - (at - found.Open), found.Message, found.IsError);
            }
        }
        foreach (var heading in HeadingWithoutSpace.Find(document, markdown)) yield return heading;
    }

    private static (int Open, string Message, bool IsError)? Explain(string markdown, int close)
    {
        var lineStart = markdown.LastIndexOf('\n', Math.Max(0, close - 1)) + 1;
        var open = markdown.LastIndexOf('[', close, close - lineStart + 1);
        if (open < 0) return null;
        var label = markdown[(open + 1)..close];
        if (label.StartsWith('^') && label.Length > 1 && (close + 1 >= markdown.Length || markdown[close + 1] != ':'))
            return (open, $"the footnote [{label}] has no note, so it is published as the text '[{label}]': add a line '[{label}]: the text of the note' at the end, or remove the reference", false);
        var lineEnd = markdown.IndexOf('\n', close);
        var lineLength = (lineEnd < 0 ? markdown.Length : lineEnd) - close;
        var isImage = open > 0 && markdown[open - 1] == '!';
        var kind = isImage ? "picture" : "link";
        if (close + 1 < markdown.Length && markdown[close + 1] == '[' && markdown.IndexOf(']', close + 1, lineLength - 1) is var referenceEnd and > 0)
        {
            // [text][name] whose name has no "[name]: address" line.
            var name = markdown[(close + 2)..referenceEnd];
            if (name.Length == 0) name = label;
            return (isImage ? open - 1 : open, $"this {kind} is published as plain text because nothing says where [{name}] leads: add a line '[{name}]: address' below the paragraph, or write the address in ( ) instead, for example {(isImage ? "!" : "")}[{label}](../case-id/)", true);
        }
        if (close + 1 < markdown.Length && markdown[close + 1] == ' ' && !label.StartsWith('^'))
        {
            // [text] (address): a space between ] and ( leaves both as text.
            var next = close + 1;
            while (next < markdown.Length && markdown[next] == ' ') next++;
            if (next < markdown.Length && markdown[next] == '(' && markdown.IndexOf(')', next, lineLength - (next - close)) is var shut and > 0
                && !markdown[(next + 1)..shut].Trim().Contains(' '))
                return (isImage ? open - 1 : open, $"this {kind} is published as plain text because of the space between ] and (: write them side by side, for example {(isImage ? "!" : "")}[{label}]({markdown[(next + 1)..shut].Trim()})", false);
        }
        if (close + 1 >= markdown.Length || markdown[close + 1] != '(') return null;
        var end = markdown.IndexOf(')', close, (lineEnd < 0 ? markdown.Length : lineEnd) - close);
        if (end < 0) return null;
        var address = markdown[(close + 2)..end].Trim();
        var image = open > 0 && markdown[open - 1] == '!';
        if (image) open--;
        var what = image ? "picture" : "link";
        if (address.Contains('\\'))
            return (open, $"this {what} is published as plain text because of the '\\' in its address: addresses use '/' between folders, not '\\' as Windows shows paths: write {(image ? "!" : "")}[{label}]({LinkPolicy.Slashed(address)})", true);
        if (!address.Contains(' ')) return (open, $"this {what} is published as plain text: check that [ ] and ( ) are both closed and nothing stands between ] and (", false);
        var fixedAddress = string.Join('-', address.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return image
            ? (open, $"this picture is published as plain text because its file name '{address}' contains a space: rename the file without spaces and write ![{label}]({fixedAddress})", true)
            : (open, $"this link is published as plain text because its address '{address}' contains a space: write the address without spaces (a space in a web address is written %20)", true);
    }
}
