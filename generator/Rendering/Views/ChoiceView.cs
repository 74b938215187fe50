namespace CaseLibrary.Rendering.Views;

/// <summary>
/// A language on the language chooser and the 404 page: its own name, the site title in it, its home page, and the
/// words those pages say in it, so a visitor's language can be shown (the theme's site.js picks it).
/// </summary>
public sealed record ChoiceView(string Code, string Name, string Title, string Url)
{
    public string Intro { get; init; } = "";

    public string Heading { get; init; } = "";

    /// <summary>"Continue in English", said in the language itself.</summary>
    public string Continue { get; init; } = "";

    public string NotFoundTitle { get; init; } = "";

    public string NotFoundText { get; init; } = "";

    public string Back { get; init; } = "";

    public string SearchUrl { get; init; } = "";

    public string SearchLabel { get; init; } = "";

    public string SearchButton { get; init; } = "";

    public string SearchPlaceholder { get; init; } = "";

    /// <summary>The header search box's data in this language, which site.js gives the header's box on the 404 page.</summary>
    public SearchBoxView SearchBox { get; init; } = SearchBoxView.None;
}
