namespace CaseLibrary.Rendering.Views;

/// <summary>What every page knows about the site, in the page's language.</summary>
public sealed record SiteView(
    string Title,
    string Tagline,
    string Credit,
    string Lang,
    string DefaultLang,
    string BasePath,
    NavView Nav,
    string CssUrl,
    string FeedUrl,
    string LicenceName,
    string LicenceUrl);

public sealed record NavView(string Home, string Cases, string Competences, string Countries, string Authors, string Languages, string Search);

public sealed record LinkView(string Text, string Url);
