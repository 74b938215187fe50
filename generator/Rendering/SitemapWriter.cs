using System.Xml;

namespace CaseLibrary.Rendering;

/// <summary>sitemap.xml with an xhtml:link alternate for every language version of every page (itself included).</summary>
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
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var (url, alternates) in pages.OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, url);
                foreach (var alternate in alternates)
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNs);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.Hreflang);
                    xml.WriteAttributeString("href", alternate.Href);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return OutputFile.Text("sitemap.xml", text + "\n", "cases");
    }
}
