namespace CaseLibrary.Markdown;

/// <summary>A case body converted once: safe HTML, plain text (for search and reading time) and its section headings.</summary>
public sealed record MarkdownBody(string Html, string PlainText, int WordCount, IReadOnlyList<Heading> Headings)
{
    /// <summary>
    /// The plain text cut at the body's top-level headings: first the text before the first heading (id and heading
    /// empty, possibly no text), then one section per heading with its id as the page renders it. Search indexes each.
    /// </summary>
    public IReadOnlyList<BodySection> Sections { get; init; } = [new BodySection("", "", "")];

    /// <summary>Links to cases, rendered as markers in <see cref="Html"/> until the model stage resolves them.</summary>
    public IReadOnlyList<CaseLink> CaseLinks { get; init; } = [];

    /// <summary>
    /// Where each link, image and reference of the body is written, by its published address (case links once the
    /// model stage has resolved them): what the link check reports a broken address at.
    /// </summary>
    public IReadOnlyList<LinkPosition> Links { get; init; } = [];

    /// <summary>The body of a version whose Markdown could not be converted (an error has been reported).</summary>
    public static readonly MarkdownBody Empty = new("", "", 0, []);
}

public sealed record Heading(int Level, string Id, string Text);

/// <summary>A part of a case body: the heading that starts it (id and text; both empty for the text before the first heading) and its plain text.</summary>
public sealed record BodySection(string Id, string Heading, string Text);
