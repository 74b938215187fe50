using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace CaseLibrary.Checking;

/// <summary>
/// Finds the start tags of a page as the HTML tokenizer does (WHATWG HTML, "Tokenization"), for <see cref="PageLinks"/>:
/// text, comments, doctypes, end tags and the contents of raw-text elements are stepped over without being read
/// character by character where the standard allows it (a search for the next <c>&lt;</c>, <c>--&gt;</c> or end tag),
/// and no token, attribute or string is made for a tag but the id and link addresses the check keeps.
/// <para>
/// It reads the states that decide where a tag begins and ends (tag name, attribute name and value, comment, bogus
/// comment, RCDATA, RAWTEXT, PLAINTEXT and the script data states with their escapes) exactly, and leaves to
/// AngleSharp's tokenizer what it does not: a tag whose kept value holds a character reference (<c>&amp;</c>), a
/// carriage return or a NUL is tokenized by AngleSharp alone, so that the value is decoded as a browser decodes it.
/// Measured at 4,000 cases, AngleSharp's tokenizer over every page cost ~12.7 s of the render stage's 41.7 s of CPU;
/// <c>PageScannerTests</c> compares the two on fixture sites and on generated markup.
/// </para>
/// </summary>
internal static partial class PageScanner
{
    /// <summary>The ids and link addresses of <paramref name="html"/>, as <see cref="PageLinks.Scan"/> describes.</summary>
    public static PageLinks Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        var duplicates = new List<string>();
        var n = html.Length;
        var i = 0;
        var inTemplates = 0; // <template> contents are a fragment of their own: their ids are not the page's
        var fragmentIds = new HashSet<string>(StringComparer.Ordinal);
        while (i < n)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            var c = html[lt + 1];
            if (IsAsciiLetter(c))
            {
                if (!ReadTag(html, lt + 1, out var tag)) break; // the document ends inside the tag: no tag
                Keep(html, lt, tag, inTemplates > 0 ? fragmentIds : ids, links, duplicates);
                i = tag.End;
                if (tag.SelfClosing) continue;
                var name = html.AsSpan(tag.NameStart, tag.NameEnd - tag.NameStart);
                if (AsciiIs(name, "template") && inTemplates++ == 0) fragmentIds.Clear();
                else if (AsciiIs(name, "script")) i = ScriptDataEnd(html, i);
                else if (AsciiIs(name, "style") || AsciiIs(name, "xmp") || AsciiIs(name, "iframe") || AsciiIs(name, "noembed") || AsciiIs(name, "noframes")
                         || AsciiIs(name, "textarea") || AsciiIs(name, "title"))
                    i = RawTextEnd(html, i, name);
                else if (AsciiIs(name, "plaintext")) break; // the rest of the document is text
            }
            else if (c == '/')
            {
                if (lt + 2 >= n) break;
                var d = html[lt + 2];
                if (IsAsciiLetter(d))
                {
                    if (!ReadTag(html, lt + 2, out var end)) break;
                    i = end.End;
                    if (inTemplates > 0 && AsciiIs(html.AsSpan(end.NameStart, end.NameEnd - end.NameStart), "template")) inTemplates--;
                }
                else if (d == '>') i = lt + 3;
                else i = BogusCommentEnd(html, lt + 2);
            }
            else if (c == '!') i = MarkupDeclarationEnd(html, lt + 2);
            else if (c == '?') i = BogusCommentEnd(html, lt + 1);
            else i = lt + 1;
        }
        return new PageLinks(ids, links, duplicates);
    }

    /// <summary>Where a tag's name and its first <c>id</c> and link attribute values lie, and where the tag ends.</summary>
    private struct Tag
    {
        public int NameStart, NameEnd, End;
        public bool SelfClosing;
        public int IdStart, IdEnd, LinkStart, LinkEnd; // -1 when absent
        public bool NeedsDecoding; // a kept value holds '&', '\r' or '\0'
    }

    private static void Keep(string html, int lt, in Tag tag, HashSet<string> ids, List<string> links, List<string> duplicates)
    {
        string? id, link;
        if (tag.NeedsDecoding) (id, link) = ByAngleSharp(html.Substring(lt, tag.End - lt));
        else
        {
            id = tag.IdStart < 0 ? null : html.Substring(tag.IdStart, tag.IdEnd - tag.IdStart);
            link = tag.LinkStart < 0 ? null : html.Substring(tag.LinkStart, tag.LinkEnd - tag.LinkStart);
        }
        if (id is { Length: > 0 } && !ids.Add(id) && !duplicates.Contains(id)) duplicates.Add(id);
        if (link is not null) links.Add(link);
    }

    /// <summary>The id and link attribute of the one start tag <paramref name="tagHtml"/>, decoded by AngleSharp's tokenizer.</summary>
    private static (string? Id, string? Link) ByAngleSharp(string tagHtml)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(tagHtml), HtmlEntityProvider.Resolver);
        var tag = tokenizer.Get().AsTag();
        var linkAttribute = LinkAttribute(tag.Name);
        string? id = null, link = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in tag.Attributes)
        {
            if (!seen.Add(attribute.Name)) continue; // a repeated attribute is dropped, as the parser drops it
            if (attribute.Name == "id") id = attribute.Value;
            else if (attribute.Name == linkAttribute) link = attribute.Value;
        }
        return (id, link);
    }

    /// <summary>The attribute whose value is the address an element refers to.</summary>
    public static string? LinkAttribute(string tagName) => tagName switch
    {
        "a" or "link" => "href",
        "img" or "script" or "source" => "src",
        _ => null,
    };

    /// <summary>
    /// Reads a tag (start or end) whose name begins at <paramref name="start"/>: the tag name, before/after attribute
    /// name, attribute name, before attribute value, the three attribute value states, after attribute value (quoted)
    /// and self-closing start tag states. False when the document ends inside the tag (no tag is emitted then).
    /// </summary>
    private static bool ReadTag(string html, int start, out Tag tag)
    {
        tag = new Tag { IdStart = -1, LinkStart = -1, NameStart = start };
        var n = html.Length;
        var i = start;
        while (i < n && !IsSpace(html[i]) && html[i] is not ('/' or '>')) i++;
        tag.NameEnd = i;
        var name = html.AsSpan(start, i - start);
        var linkAttribute = AsciiIs(name, "a") || AsciiIs(name, "link") ? "href"
            : AsciiIs(name, "img") || AsciiIs(name, "script") || AsciiIs(name, "source") ? "src" : null;
        bool seenId = false, seenLink = false;
        while (true)
        {
            // before attribute name
            while (i < n && IsSpace(html[i])) i++;
            if (i >= n) return false;
            if (html[i] == '/')
            {
                // self-closing start tag
                i++;
                if (i >= n) return false;
                if (html[i] == '>') { tag.SelfClosing = true; tag.End = i + 1; return true; }
                continue; // reconsume in before attribute name
            }
            if (html[i] == '>') { tag.End = i + 1; return true; }
            // attribute name: the first character is taken whatever it is ('=' too)
            var nameStart = i;
            i++;
            while (i < n && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '=')) i++;
            if (i >= n) return false;
            var attribute = html.AsSpan(nameStart, i - nameStart);
            var isId = AsciiIs(attribute, "id");
            var isLink = !isId && linkAttribute is not null && AsciiIs(attribute, linkAttribute);
            var keep = (isId && !seenId) || (isLink && !seenLink);
            if (isId) seenId = true;
            if (isLink) seenLink = true;
            // after attribute name
            while (i < n && IsSpace(html[i])) i++;
            if (i >= n) return false;
            int valueStart = i, valueEnd = i; // an attribute without a value has the empty string
            if (html[i] == '=')
            {
                i++;
                // before attribute value
                while (i < n && IsSpace(html[i])) i++;
                if (i >= n) return false;
                var quote = html[i];
                if (quote is '"' or '\'')
                {
                    valueStart = i + 1;
                    var close = html.IndexOf(quote, valueStart);
                    if (close < 0) return false;
                    valueEnd = close;
                    i = close + 1; // after attribute value (quoted): reconsumed in before attribute name but for '/' and '>', which act alike
                }
                else if (quote == '>') { valueStart = valueEnd = i; }
                else
                {
                    valueStart = i;
                    while (i < n && !IsSpace(html[i]) && html[i] != '>') i++;
                    if (i >= n) return false;
                    valueEnd = i;
                }
            }
            if (keep)
            {
                if (html.AsSpan(valueStart, valueEnd - valueStart).IndexOfAny('&', '\r', '\0') >= 0) tag.NeedsDecoding = true;
                if (isId) { tag.IdStart = valueStart; tag.IdEnd = valueEnd; }
                else { tag.LinkStart = valueStart; tag.LinkEnd = valueEnd; }
            }
        }
    }

    /// <summary>After <c>&lt;!</c>: a comment, or a doctype or bogus comment ending at the next <c>&gt;</c>.</summary>
    private static int MarkupDeclarationEnd(string html, int i)
    {
        if (i + 1 < html.Length && html[i] == '-' && html[i + 1] == '-') return CommentEnd(html, i + 2);
        return BogusCommentEnd(html, i);
    }

    /// <summary>
    /// The end of a comment whose text begins at <paramref name="i"/>: <c>&lt;!--&gt;</c> and <c>&lt;!---&gt;</c> end at
    /// once; otherwise the first <c>--&gt;</c> or <c>--!&gt;</c> ends it (the comment end, end dash, end bang and the
    /// less-than sign states come to that), or the end of the document.
    /// </summary>
    private static int CommentEnd(string html, int i)
    {
        var n = html.Length;
        if (i < n && html[i] == '>') return i + 1;
        if (i + 1 < n && html[i] == '-' && html[i + 1] == '>') return i + 2;
        var plain = html.IndexOf("-->", i, StringComparison.Ordinal);
        var bang = html.IndexOf("--!>", i, StringComparison.Ordinal);
        if (plain < 0 && bang < 0) return n;
        return plain >= 0 && (bang < 0 || plain < bang) ? plain + 3 : bang + 4;
    }

    private static int BogusCommentEnd(string html, int i)
    {
        var close = html.IndexOf('>', i);
        return close < 0 ? html.Length : close + 1;
    }

    /// <summary>
    /// RCDATA and RAWTEXT: the text runs to the first end tag of the same name (<c>&lt;/</c>, the name in ASCII letters
    /// of any case, then white space, <c>/</c> or <c>&gt;</c>); returns where that end tag begins, or the document's end.
    /// </summary>
    private static int RawTextEnd(string html, int i, ReadOnlySpan<char> name)
    {
        var n = html.Length;
        while (true)
        {
            var lt = html.IndexOf("</", i, StringComparison.Ordinal);
            if (lt < 0) return n;
            if (AppropriateEndTag(html, lt + 2, name)) return lt;
            i = lt + 1;
        }
    }

    /// <summary>Whether the ASCII letters at <paramref name="i"/> spell <paramref name="name"/> and a delimiter follows.</summary>
    private static bool AppropriateEndTag(string html, int i, ReadOnlySpan<char> name)
    {
        var n = html.Length;
        var j = i;
        while (j < n && IsAsciiLetter(html[j])) j++;
        return j < n && (IsSpace(html[j]) || html[j] is '/' or '>') && AsciiIs(html.AsSpan(i, j - i), name);
    }


    /// <summary>White space between tag parts: tab, line feed, form feed, space, and a carriage return (the input stream turns it into a line feed).</summary>
    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\f' or '\r';

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>Whether <paramref name="span"/> equals the lower-case ASCII <paramref name="lower"/>, ASCII letters of any case (the tokenizer lower-cases only those).</summary>
    private static bool AsciiIs(ReadOnlySpan<char> span, ReadOnlySpan<char> lower)
    {
        if (span.Length != lower.Length) return false;
        for (var k = 0; k < span.Length; k++)
        {
            var c = span[k];
            if (c is >= 'A' and <= 'Z') c = (char)(c | 0x20);
            if (c != lower[k]) return false;
        }
        return true;
    }
}
