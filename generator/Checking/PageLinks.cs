using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace CaseLibrary.Checking;

/// <summary>
/// What the link checker needs from one rendered page: the ids of its elements and the addresses it refers to
/// (a/link href, img/script/source src), attribute values decoded. Read with AngleSharp's HTML tokenizer, without
/// building a DOM; ids given to more than one element are kept apart (<see cref="DuplicateIds"/>). Text is skipped, and script, style and the other raw-text elements switch the tokenizer's state
/// as the HTML tree builder would, so nothing inside them is taken for markup.
/// </summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> Links, IReadOnlyList<string> DuplicateIds)
{
    public static PageLinks Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        var duplicates = new List<string>();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
            SkipDataText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipScriptText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
        };
        while (true)
        {
            var token = tokenizer.Get();
            if (token.Type == HtmlTokenType.EndOfFile) break;
            if (token.Type != HtmlTokenType.StartTag) continue;
            var tag = token.AsTag();
            var linkAttribute = tag.Name switch
            {
                "a" or "link" => "href",
                "img" or "script" or "source" => "src",
                _ => null,
            };
            string? id = null, link = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var attribute in tag.Attributes)
            {
                if (!seen.Add(attribute.Name)) continue; // a repeated attribute is dropped, as the parser drops it
                if (attribute.Name == "id") id = attribute.Value;
                else if (attribute.Name == linkAttribute) link = attribute.Value;
            }
            if (id is { Length: > 0 } && !ids.Add(id) && !duplicates.Contains(id)) duplicates.Add(id);
            if (link is not null) links.Add(link);
            if (tag.IsSelfClosing) continue;
            switch (tag.Name)
            {
                case "script": tokenizer.State = HtmlParseMode.Script; break;
                case "style" or "xmp" or "iframe" or "noembed" or "noframes": tokenizer.State = HtmlParseMode.Rawtext; break;
                case "textarea" or "title": tokenizer.State = HtmlParseMode.RCData; break;
                case "plaintext": tokenizer.State = HtmlParseMode.Plaintext; break;
            }
        }
        return new PageLinks(ids, links, duplicates);
    }
}
