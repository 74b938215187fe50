using System.Net;
using System.Text.RegularExpressions;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Markdown;
using Scriban.Parsing;

namespace CaseLibrary.Checking;

/// <summary>
/// The href and src values a template writes literally, with their positions: read from the template's raw text
/// (Scriban's lexer tells it from the <c>{{ … }}</c> code), where an address made by an expression is not. A page
/// made by the template reports a broken literal address there; one made by an expression, at the template's start.
/// </summary>
public static partial class TemplateLinks
{
    public static IReadOnlyList<LinkPosition> Read(SourceFile template)
    {
        var text = template.Text;
        var links = new List<LinkPosition>();
        foreach (var token in new Lexer(text, template.Path))
        {
            if (token.Type != TokenType.Raw) continue;
            var start = token.Start.Offset;
            var length = Math.Min(token.End.Offset, text.Length - 1) - start + 1;
            if (length <= 0) continue;
            foreach (Match match in Attribute().Matches(text.Substring(start, length)))
            {
                var value = match.Groups["value"];
                var at = Locate(text, start + value.Index, template.Path);
                var href = WebUtility.HtmlDecode(value.Value);
                var hash = value.Value.IndexOf('#');
                links.Add(new LinkPosition(href, at, hash < 0 ? at : Locate(text, start + value.Index + hash, template.Path)));
            }
        }
        return links;
    }

    private static SourceLocation Locate(string text, int offset, string path)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = text.IndexOf('\n'); i >= 0 && i < offset; i = text.IndexOf('\n', i + 1))
        {
            line++;
            lineStart = i + 1;
        }
        return new SourceLocation(path, line, offset - lineStart + 1);
    }

    [GeneratedRegex("""(?<=\s)(?:href|src)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();
}
