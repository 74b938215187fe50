namespace CaseLibrary.Rendering.Views;

/// <summary>Per-page head data: canonical URL, hreflang alternates, OpenGraph, JSON-LD, language links.</summary>
public sealed record PageView(
    string Kind,
    string Title,
    string Description,
    string Canonical,
    IReadOnlyList<AlternateView> Alternates,
    string OgLocale,
    IReadOnlyList<string> OgLocaleAlternates,
    string OgType,
    HtmlString? JsonLd,
    IReadOnlyList<LanguageLinkView> LanguageLinks,
    bool NoIndex,
    IReadOnlyList<string>? Scripts = null)
{
    /// <summary>Extra <c>&lt;meta name content&gt;</c> tags (the Highwire citation tags of a case).</summary>
    public IReadOnlyList<MetaView> Meta { get; init; } = [];

    /// <summary>The absolute URLs of the previous and next page of a paginated list (<c>rel=prev/next</c>).</summary>
    public string? PrevUrl { get; init; }

    public string? NextUrl { get; init; }
}

public sealed record MetaView(string Name, string Content);

public sealed record AlternateView(string Hreflang, string Href);

public sealed record LanguageLinkView(string Code, string Name, string Url, bool Current);
