using System.Xml;

namespace CaseLibrary.Rendering;

/// <summary>
/// sitemap.xml: the address of every indexable page, one line each. The language versions of a page are not repeated
/// here as xhtml:link alternates: every page already names them in its head (link rel="alternate" hreflang), which search
/// engines read as the same signal; in the sitemap they were up to seven lines per page (10 of its 10.5 MB at 4,000
/// cases).
/// </summary>
public static class SitemapWriter
{
    public const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static OutputFile Write(IReadOnlyList<SitemapEntry> pages)
    {
        using var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNs);
            foreach (var url in pages.Select(p => p.Url).Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, url);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return OutputFile.Text("sitemap.xml", text + "\n", "cases");
    }
}
