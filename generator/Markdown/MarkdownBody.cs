namespace CaseLibrary.Markdown;

/// <summary>A case body converted once: safe HTML, its section headings, and its text cut into sections (for search).</summary>
/// <remarks>
/// The model holds every version's body until the last page and the search stage have read it, so the HTML and the
/// sections' text are kept Brotli-compressed (<see cref="PackedText"/>: about a quarter of the bytes of the UTF-8, an
/// eighth of a string's) and unpacked only when a page or the search stage reads them. The plain text of the whole body
/// is not kept: nothing reads it but the word count, counted once. Two bodies are equal when their HTML, sections,
/// word count, headings and links are.
/// </remarks>
public sealed record MarkdownBody
{
    private readonly PackedText _html;
    private readonly PackedText _sectionText = PackedText.Empty;
    private readonly SectionHead[] _sectionHeads = [new("", "", 0)];

    public MarkdownBody(string html, int wordCount, IReadOnlyList<Heading> headings)
    {
        _html = PackedText.Pack(html);
        WordCount = wordCount;
        Headings = headings;
    }

    public string Html
    {
        get => _html.Unpack();
        init => _html = PackedText.Pack(value);
    }

    public int WordCount { get; init; }

    public IReadOnlyList<Heading> Headings { get; init; }

    /// <summary>
    /// The plain text cut at the body's top-level headings: first the text before the first heading (id and heading
    /// empty, possibly no text), then one section per heading with its id as the page renders it. Search indexes each.
    /// Unpacked at each read.
    /// </summary>
    public IReadOnlyList<BodySection> Sections
    {
        get
        {
            var text = _sectionText.Unpack();
            var sections = new BodySection[_sectionHeads.Length];
            var start = 0;
            for (var i = 0; i < sections.Length; i++)
            {
                var head = _sectionHeads[i];
                sections[i] = new BodySection(head.Id, head.Heading, text.Substring(start, head.Length));
                start += head.Length;
            }
            return sections;
        }
        init
        {
            _sectionHeads = value.Select(s => new SectionHead(s.Id, s.Heading, s.Text.Length)).ToArray();
            _sectionText = PackedText.Pack(string.Concat(value.Select(s => s.Text)));
        }
    }

    /// <summary>Links to cases, rendered as markers in <see cref="Html"/> until the model stage resolves them.</summary>
    public IReadOnlyList<CaseLink> CaseLinks { get; init; } = [];

    /// <summary>
    /// Where each link, image and reference of the body is written, by its published address (case links once the
    /// model stage has resolved them): what the link check reports a broken address at.
    /// </summary>
    public IReadOnlyList<LinkPosition> Links { get; init; } = [];

    /// <summary>The body of a version whose Markdown could not be converted (an error has been reported).</summary>
    public static readonly MarkdownBody Empty = new("", 0, []);

    public bool Equals(MarkdownBody? other) =>
        other is not null && _html.Equals(other._html) && _sectionText.Equals(other._sectionText) && _sectionHeads.AsSpan().SequenceEqual(other._sectionHeads)
        && WordCount == other.WordCount && Equals(Headings, other.Headings) && Equals(CaseLinks, other.CaseLinks) && Equals(Links, other.Links);

    public override int GetHashCode() => HashCode.Combine(_html.Length, _sectionText.Length, WordCount, Headings, CaseLinks, Links);

    private sealed record SectionHead(string Id, string Heading, int Length);
}

public sealed record Heading(int Level, string Id, string Text);

/// <summary>A part of a case body: the heading that starts it (id and text; both empty for the text before the first heading) and its plain text.</summary>
public sealed record BodySection(string Id, string Heading, string Text);
