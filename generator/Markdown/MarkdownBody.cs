using System.Text;

namespace CaseLibrary.Markdown;

/// <summary>A case body converted once: safe HTML, plain text (for search and reading time) and its section headings.</summary>
/// <remarks>
/// The model holds every version's body until the search stage, so the HTML and the plain text are kept as UTF-8 (half
/// the memory of a string for the mostly-Latin text of a case) and made into a string only when a page or the search
/// stage reads them. Two bodies are equal when their HTML and plain text are.
/// </remarks>
public sealed record MarkdownBody
{
    private readonly byte[] _html;
    private readonly byte[] _plainText;

    public MarkdownBody(string html, string plainText, int wordCount, IReadOnlyList<Heading> headings)
    {
        _html = Encoding.UTF8.GetBytes(html);
        _plainText = Encoding.UTF8.GetBytes(plainText);
        WordCount = wordCount;
        Headings = headings;
    }

    public string Html
    {
        get => Encoding.UTF8.GetString(_html);
        init => _html = Encoding.UTF8.GetBytes(value);
    }

    public string PlainText
    {
        get => Encoding.UTF8.GetString(_plainText);
        init => _plainText = Encoding.UTF8.GetBytes(value);
    }

    public int WordCount { get; init; }

    public IReadOnlyList<Heading> Headings { get; init; }

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

    public bool Equals(MarkdownBody? other) =>
        other is not null && _html.AsSpan().SequenceEqual(other._html) && _plainText.AsSpan().SequenceEqual(other._plainText)
        && WordCount == other.WordCount && Equals(Headings, other.Headings) && Equals(CaseLinks, other.CaseLinks) && Equals(Links, other.Links);

    public override int GetHashCode() => HashCode.Combine(_html.Length, _plainText.Length, WordCount, Headings, CaseLinks, Links);
}

public sealed record Heading(int Level, string Id, string Text);

/// <summary>A part of a case body: the heading that starts it (id and text; both empty for the text before the first heading) and its plain text.</summary>
public sealed record BodySection(string Id, string Heading, string Text);
