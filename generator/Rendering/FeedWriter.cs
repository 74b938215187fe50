using System.Globalization;
using System.Text;
using System.Xml;
using CaseLibrary.Model;

namespace CaseLibrary.Rendering;

/// <summary>An Atom feed per language of the latest cases written in that language (<see cref="FeedEntries"/>); dates come from the content only.</summary>
public static class FeedWriter
{
    public static OutputFile Atom(LibraryModel model, ViewFactory views, SiteUrls urls)
    {
        var lang = views.Lang;
        var cases = FeedEntries.Of(model, lang);
        var updated = cases.Count == 0 ? new DateOnly(2000, 1, 1) : cases.Max(c => c.In(lang)!.Updated ?? c.Date);
        using var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, lang);
            xml.WriteElementString("title", $"{model.Config.Title.Get(lang, model.Config.DefaultLanguage)} — {views.T("feed.title")}");
            xml.WriteElementString("id", urls.Absolute(SiteUrls.Feed(lang)));
            xml.WriteElementString("updated", Stamp(updated));
            Link(xml, "self", urls.Absolute(SiteUrls.Feed(lang)), "application/atom+xml");
            Link(xml, "alternate", urls.Absolute(SiteUrls.Home(lang)), "text/html");
            foreach (var study in cases)
            {
                var version = study.In(lang)!;
                var url = urls.Absolute(SiteUrls.Case(lang, study.Id));
                xml.WriteStartElement("entry");
                xml.WriteElementString("title", version.Title);
                xml.WriteElementString("id", url);
                Link(xml, "alternate", url, "text/html");
                xml.WriteElementString("published", Stamp(study.Date));
                xml.WriteElementString("updated", Stamp(version.Updated ?? study.Date));
                foreach (var id in study.AuthorIds)
                {
                    xml.WriteStartElement("author");
                    xml.WriteElementString("name", model.Author(id).Name);
                    xml.WriteEndElement();
                }
                foreach (var competence in study.CompetenceIds)
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("term", competence);
                    xml.WriteAttributeString("label", model.Competence(competence).Name.Get(lang, model.Config.DefaultLanguage));
                    xml.WriteEndElement();
                }
                xml.WriteElementString("summary", version.Summary);
                var licence = version.Licence?.Id ?? model.Config.Licence;
                xml.WriteElementString("rights", $"{Licences.Name(licence)} {Licences.Url(licence)}");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return OutputFile.Text(SiteUrls.Feed(lang), text + "\n", "cases");
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}

/// <summary>A StringWriter that declares UTF-8, so XmlWriter writes encoding="utf-8".</summary>
internal sealed class Utf8StringWriter : StringWriter
{
    public Utf8StringWriter() : base(CultureInfo.InvariantCulture) => NewLine = "\n";

    public override Encoding Encoding => new UTF8Encoding(false);
}
