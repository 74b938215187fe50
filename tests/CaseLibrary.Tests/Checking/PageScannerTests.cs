using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using CaseLibrary.Checking;
using CaseLibrary.Tests.Output;
using Xunit;

namespace CaseLibrary.Tests.Checking;

/// <summary>
/// The link check reads pages with its own scanner of the HTML tokenizer's states (generator/Checking/PageScanner.cs),
/// which it used to leave to AngleSharp's tokenizer. Here the scanner must give exactly what AngleSharp's tokenizer
/// gives (the reader below, the check's former one): on every page of the sample site, on hand-picked markup where the
/// tokenizer's states matter, and on thousands of documents stitched at random from such pieces and cut off anywhere.
/// </summary>
public sealed class PageScannerTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    /// <summary>The ids, links and repeated ids of a page by AngleSharp's tokenizer, start tag by start tag.</summary>
    private static PageLinks ByTokenizer(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        var duplicates = new List<string>();
        var fragmentIds = new HashSet<string>(StringComparer.Ordinal);
        var inTemplates = 0;
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipComments = true, SkipDataText = true, SkipRawText = true, SkipRCDataText = true,
            SkipScriptText = true, SkipPlaintext = true, SkipCDATA = true, SkipProcessingInstructions = true,
        };
        while (true)
        {
            var token = tokenizer.Get();
            if (token.Type == HtmlTokenType.EndOfFile) break;
            if (token.Type == HtmlTokenType.EndTag && token.AsTag().Name == "template" && inTemplates > 0) inTemplates--;
            if (token.Type != HtmlTokenType.StartTag) continue;
            var tag = token.AsTag();
            var linkAttribute = tag.Name switch { "a" or "link" => "href", "img" or "script" or "source" => "src", _ => null };
            string? id = null, link = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var attribute in tag.Attributes)
            {
                if (!seen.Add(attribute.Name)) continue;
                if (attribute.Name == "id") id = attribute.Value;
                else if (attribute.Name == linkAttribute) link = attribute.Value;
            }
            if (id is { Length: > 0 } && !(inTemplates > 0 ? fragmentIds : ids).Add(id) && !duplicates.Contains(id)) duplicates.Add(id);
            if (link is not null) links.Add(link);
            if (tag.IsSelfClosing) continue;
            switch (tag.Name)
            {
                // A template's contents are a fragment of their own (HTML, "The template element"): their ids are not the page's.
                case "template": if (inTemplates++ == 0) fragmentIds.Clear(); break;
                case "script": tokenizer.State = HtmlParseMode.Script; break;
                case "style" or "xmp" or "iframe" or "noembed" or "noframes": tokenizer.State = HtmlParseMode.Rawtext; break;
                case "textarea" or "title": tokenizer.State = HtmlParseMode.RCData; break;
                case "plaintext": tokenizer.State = HtmlParseMode.Plaintext; break;
            }
        }
        return new PageLinks(ids, links, duplicates);
    }

    private static string Show(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(v => "\"" + v.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\0", "\\0") + "\"")) + "]";

    private static void AssertSame(string html, string what)
    {
        var expected = ByTokenizer(html);
        var actual = PageLinks.Scan(html);
        var shown = html.Length > 400 ? what : Show([html]);
        Assert.True(expected.Links.SequenceEqual(actual.Links), $"{shown}: links: tokenizer {Show(expected.Links)}, scanner {Show(actual.Links)}");
        Assert.True(expected.Ids.SetEquals(actual.Ids), $"{shown}: ids: tokenizer {Show(expected.Ids.Order())}, scanner {Show(actual.Ids.Order())}");
        Assert.True(expected.DuplicateIds.SequenceEqual(actual.DuplicateIds), $"{shown}: repeated ids: tokenizer {Show(expected.DuplicateIds)}, scanner {Show(actual.DuplicateIds)}");
    }

    [Fact]
    public void EveryPageOfTheSampleSiteGivesWhatTheTokenizerGives()
    {
        var pages = site.Pages.ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages");
        var links = 0;
        foreach (var page in pages)
        {
            var html = site.Read(page);
            AssertSame(html, page);
            links += PageLinks.Scan(html).Links.Count;
        }
        Assert.True(links > pages.Count * 10, $"only {links} links on {pages.Count} pages");
    }

    [Theory]
    [InlineData("<a href=x id=one>a</a><A HREF='Y' ID=two><img SRC=\"i.png\"/><link href=s.css><source src=v.mp4><script src=s.js></script>")]
    [InlineData("<a href=\"x\" href=\"second\" id=a id=b>dup</a><p id=a></p><p id=a></p><p id=\"\"></p>")]
    [InlineData("<a href=\"a&amp;b\">x</a><a href='caf&eacute;'>y</a><a href=&#x2F;p>z</a><a href=\"&notit;\">w</a><a href=\"&amp=1\">v</a><p id=\"i&lt;d\">")]
    [InlineData("<a href=\"line\r\nbreak\" id='cr\rid'>x</a><a href=\"nul\0here\">y</a><a\rhref=cr.html>z</a>")]
    [InlineData("<!-- <a href=c1> --><!--><a href=after1><!---><a href=after2><!----><a href=after3><!-- --!><a href=after4><!-- --!x <a href=in> -->")]
    [InlineData("<!-- a <!--> <a href=after-nested> <!-- -- > <a href=in1> ---> <a href=after5>")]
    [InlineData("<!DOCTYPE html PUBLIC \"a>b\"><a href=after-doctype><! bogus <a href=bogus> ><a href=ok><?php <a href=pi> ?><a href=ok2>")]
    [InlineData("</a href=\"x>\" id=no><a href=after-end></><a href=empty-end></ bogus <a href=b>><a href=after-bogus><![CDATA[ <a href=cdata> ]]><a href=after-cdata>")]
    [InlineData("<title><a href=t1></titlex><a href=t2></TITLE ><a href=after-title><textarea id=ta><a href=ta></textarea/><a href=after-ta>")]
    [InlineData("<style>a{}</style\n><a href=s1><xmp><a href=x></xmp><iframe><a href=i></iframe><noembed><a href=n></noembed><noframes><a href=nf></noframes><a href=end>")]
    [InlineData("<script>var a = '<a href=\"s1\">';</script><a href=after-script><script/><a href=self-closing-script><style/><a href=self-closing-style>")]
    [InlineData("<script><!-- <a href=s2> </script><a href=after-escaped>")]
    [InlineData("<script><!-- <script> </script> <a href=s3> --> </script><a href=after-double>")]
    [InlineData("<script><!--<script></script></script><a href=s4>--></script><a href=after-double2>")]
    [InlineData("<script><!-- x --> <script> </script><a href=after-dashes>")]
    [InlineData("<script><!-- <scripts> </script><a href=after-not-double><script><!-- <script/> -- > </script> </script><a href=after-x>")]
    [InlineData("<script><!-- <SCRIPT\t></SCRIPT\n> <a href=s5> --! > --> </script><a href=after-y><script><!-></script><a href=after-z>")]
    [InlineData("<a href=\"unclosed.html\"<p>broken <img src=\"img.png\"/> <a href=x/> <a id=q/ href=r> <a href= id=e> <a href = spaced >")]
    [InlineData("<a =x href=y><a href='a' 'b'=c id=\"d\"e><a href=x\"y'z`=<><img src=a src=b><a href>v</a><a href=\"x\"/id=k>")]
    [InlineData("<plaintext><a href=never></plaintext><a href=never2>")]
    [InlineData("<a href=x")]
    [InlineData("<a href=\"x\" id=y")]
    [InlineData("text < a <1 <é <a href=ok> <")]
    [InlineData("<script>")]
    [InlineData("<!--")]
    [InlineData("<scrİpt><a href=dotted-i></scrİpt><a href=after><a hreF=K>")]
    public void TrickyMarkupGivesWhatTheTokenizerGives(string html) => AssertSame(html, html);

    /// <summary>A template's contents (the 404 page carries each language's header in one) are not part of the page.</summary>
    [Fact]
    public void Ids_inside_a_template_are_not_the_pages_but_its_links_are_checked()
    {
        var page = PageScanner.Scan("<p id=a></p><template id=t><p id=a></p><a href=/fr/ id=b></a></template><p id=c></p><template><a id=x></a><a id=x></a></template>");

        Assert.Equal(["a", "c", "t"], page.Ids.Order());
        Assert.Equal(["x"], page.DuplicateIds);
        Assert.Equal(["/fr/"], page.Links);
    }

    private static readonly string[] Pieces =
    [
        "<a href=x>", "<a href=\"y z\" id=a>", "<A HREF='Q' ID=B>", "<img src=i.png>", "<img src=\"j\"/>", "<link href=s.css>",
        "<source src=v>", "<script src=s.js>", "<script>", "</script>", "</script >", "</SCRIPT>", "</scripts>", "<script/>",
        "<style>", "</style>", "<title>", "</title>", "<textarea>", "</textarea>", "<xmp>", "</xmp>", "<plaintext>",
        "<!--", "-->", "--!>", "<!-->", "<!--->", "--", "-", "!", "<!", "<!doctype html>", "<?x ", "</ ", "</>", "</a>",
        "<![CDATA[", "]]>", "&amp;", "&lt;", "&notit;", "&#x41;", "&", "\r\n", "\r", "\0", "\n", " ", "\t", "\"", "'", "=", ">",
        "<", "/", "<p id=a>", "<p id=a>", "<div id=\"c d\">", "<a href=\"p&amp;q\" href=r>", "<a id=\"\" href=\"\">", "text",
        "<svg><style>", "</svg>", "<iframe>", "</iframe>", "<noscript>", "</noscript>", "<a\rhref=w>", "<a href=u ", "id=", "href=",
        "<script><!--", "<!--<script>", "</script>-->", "<script><!-- <script>", "-- >",
        "<template>", "</template>", "<TEMPLATE id=a>", "</template >", "<template/>",
    ];

    [Fact]
    public void GeneratedMarkupGivesWhatTheTokenizerGives()
    {
        var random = new Random(20261206);
        for (var doc = 0; doc < 20000; doc++)
        {
            var html = new StringBuilder();
            var count = random.Next(1, 24);
            for (var k = 0; k < count; k++) html.Append(Pieces[random.Next(Pieces.Length)]);
            var text = html.ToString();
            if (random.Next(4) == 0) text = text[..random.Next(text.Length + 1)]; // cut off anywhere: the end of the document inside any state
            AssertSame(text, $"document {doc}");
        }
    }
}
