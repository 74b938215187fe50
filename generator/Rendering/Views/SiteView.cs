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
    string LicenceUrl)
{
    /// <summary>The language's JSON Feed, linked as an alternate next to the Atom feed.</summary>
    public string JsonFeedUrl { get; init; } = "";

    /// <summary>"A4" or "letter": the paper the language's pages print on (library.yaml's <c>paper</c>).</summary>
    public string Paper { get; init; } = "A4";

    /// <summary>The course pack script (an ES module): the add buttons and the course pack page.</summary>
    public string PackScriptUrl { get; init; } = "";

    public string CoursePackUrl { get; init; } = "";

    /// <summary>The About page, linked from the footer; empty when library.yaml has no <c>about</c> text.</summary>
    public string AboutUrl { get; init; } = "";

    /// <summary>The course pack page's own modules (pack-page.js, pack-document.js), imported by the pack script by their hashed names.</summary>
    public PackModulesView PackModules { get; init; } = PackModulesView.None;

    /// <summary>The theme's small page script (site.js): the current section in a case's contents, the visitor's language on the chooser and the 404 page.</summary>
    public string SiteScriptUrl { get; init; } = "";

    /// <summary>
    /// The colour scheme script (theme.js): a classic script in the head, so the reader's stored light or dark choice is
    /// applied before the first paint; it also runs the footer's "Dark mode" switch.
    /// </summary>
    public string ThemeScriptUrl { get; init; } = "";

    /// <summary>The header search script (search-box.js): results as you type in the header's box, the / shortcut, and the words of a search marked on the page a result opens.</summary>
    public string SearchBoxScriptUrl { get; init; } = "";

    /// <summary>What the header's search box needs to search in place (empty texts without search assets).</summary>
    public SearchBoxView SearchBox { get; init; } = SearchBoxView.None;

    /// <summary>The footer's licence sentence with the licence's name as its link, said once ("… under <a>CC BY-SA 4.0</a> unless …").</summary>
    public HtmlString LicenceNotice { get; init; } = new("");

    /// <summary>The picture link previews show (og:image, twitter:image): an absolute address, as Open Graph requires; empty without one.</summary>
    public string ShareImageUrl { get; init; } = "";

    /// <summary>The icon phones put on the home screen (apple-touch-icon, 180 × 180 PNG).</summary>
    public string TouchIconUrl { get; init; } = "";
}

/// <summary>
/// The header search box's data attributes: the worker, and the address of the language's box data (search/box.json:
/// the worker's configuration, the panel's labels and the country names), fetched when the box is first used, so that
/// every page does not carry them.
/// </summary>
public sealed record SearchBoxView(string Worker, string Data)
{
    /// <summary>
    /// search-fold.js, the search's folding (ß → ss, œ → oe, accents), which search-box.js loads on a case page opened
    /// from a search result to mark the words of ?hl= as the worker folded them; named by the case page only.
    /// </summary>
    public string Fold { get; init; } = "";

    public static readonly SearchBoxView None = new("", "");
}

/// <summary>The addresses of the course pack page's modules.</summary>
public sealed record PackModulesView(string Page, string Document)
{
    public static readonly PackModulesView None = new("", "");
}

public sealed record NavView(string Home, string Cases, string Competences, string Countries, string Authors, string Languages, string Search)
{
    public string Matrix { get; init; } = "";
}

public sealed record LinkView(string Text, string Url);
