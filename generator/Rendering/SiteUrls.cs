using CaseLibrary.Configuration;

namespace CaseLibrary.Rendering;

/// <summary>
/// The URL tree. Page paths are relative to the site root and end with '/' (the file is index.html);
/// links are written as base path + relative, so the site works under a sub-path.
/// </summary>
public sealed class SiteUrls
{
    private readonly SiteConfig _config;

    public SiteUrls(SiteConfig config) => _config = config;

    public string Link(string relative) => _config.BasePath + relative;

    public string Absolute(string relative) => _config.BaseUrl + relative;

    public static string Home(string lang) => $"{lang}/";

    public static string Cases(string lang) => $"{lang}/cases/";

    public static string Case(string lang, string id) => $"{lang}/cases/{id}/";

    public static string Notes(string lang, string id) => $"{lang}/cases/{id}/notes/";

    /// <summary>The cases that have teaching notes, in any language. Outside <c>cases/</c>, where a case id could take the name.</summary>
    public static string TeachingNotes(string lang) => $"{lang}/teaching-notes/";

    /// <summary>The About page, when library.yaml has an <c>about</c> text.</summary>
    public static string About(string lang) => $"{lang}/about/";

    public static string Matrix(string lang) => $"{lang}/competences/matrix/";

    public static string CoursePack(string lang) => $"{lang}/course-pack/";

    public static string CoursePackData(string lang) => $"{lang}/course-pack/cases.json";

    public static string JsonFeed(string lang) => $"{lang}/feed.json";

    public static string Competences(string lang) => $"{lang}/competences/";

    public static string Competence(string lang, string id) => $"{lang}/competences/{id}/";

    public static string Countries(string lang) => $"{lang}/countries/";

    public static string Country(string lang, string code) => $"{lang}/countries/{code.ToLowerInvariant()}/";

    public static string Authors(string lang) => $"{lang}/authors/";

    public static string Author(string lang, string id) => $"{lang}/authors/{id}/";

    public static string Languages(string lang) => $"{lang}/languages/";

    public static string Language(string lang, string code) => $"{lang}/languages/{code}/";

    public static string Feed(string lang) => $"{lang}/feed.xml";

    public static string Search(string lang) => $"{lang}/search/";

    /// <summary>Page <paramref name="number"/> of a paginated list whose first page is at <paramref name="first"/>.</summary>
    public static string Page(string first, int number) => number == 1 ? first : $"{first}page/{number}/";

    /// <summary>The output file for a page path: "en/cases/" → "en/cases/index.html".</summary>
    public static string FileOf(string relative) => relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
}
