using System.Text;
using CaseLibrary.Diagnostics;
using CaseLibrary.Yaml;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Markdig.Renderers.Html;

namespace CaseLibrary.Markdown;

/// <summary>
/// Converts a case body with the shared pipelines. Raw HTML is rejected (contributors are strangers sending pull
/// requests, so nothing they write is passed through as markup), and every link and image address is checked
/// against <see cref="LinkPolicy"/>. Before Markdig parses a body, <see cref="MarkdownLimits"/>, the invisible-character
/// check and <see cref="NestingGuard"/> refuse text that would make parsing slow, memory-hungry or unpublishable.
/// Markdig lines and columns are 0-based; the body's offset in the file is added.
/// </summary>
public sealed class MarkdownConverter
{
    private const int WordsPerMinute = 200;

    /// <summary>What a refused address (CL0402) is rendered as: a scheme the link check leaves alone, like a case link's marker.</summary>
    public const string Refused = "caselib:refused";
    private readonly MarkdownPipelines _pipelines;

    public MarkdownConverter(MarkdownPipelines pipelines) => _pipelines = pipelines;

    /// <param name="relativePrefix">
    /// Put before every relative link and image address: "../" for a page one folder below its case (teaching
    /// notes), so that authors write links exactly as they would in the case itself.
    /// </param>
    public MarkdownBody Convert(string language, string path, string markdown, int bodyLineOffset, DiagnosticBag diagnostics, string relativePrefix = "")
    {
        var pipeline = _pipelines.For(language);
        SourceLocation At(int line, int column) => new(path, bodyLineOffset + line + 1, column + 1);
        if (MarkdownLimits.Check(markdown) is { } limit)
        {
            diagnostics.Error(limit.Code, limit.Message, At(limit.Line, limit.Column));
            return MarkdownBody.Empty;
        }
        if (ReportInvisibleCharacters(markdown, At, diagnostics)) return MarkdownBody.Empty;
        if (NestingGuard.FirstTooDeepLine(markdown) is { } deepLine)
        {
            diagnostics.Error("CL0406", NestingGuard.Message, At(deepLine, 0));
            return MarkdownBody.Empty;
        }
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException ex) when (NestingGuard.IsDepthLimit(ex))
        {
            diagnostics.Error("CL0406", NestingGuard.Message, At(0, 0));
            return MarkdownBody.Empty;
        }

        var headings = new List<Heading>();
        var caseLinks = new List<CaseLink>();
        var links = new List<LinkPosition>();
        var lines = new LineStarts(markdown);
        SourceLocation AtOffset(int offset) => lines.Locate(offset) is var (line, column) ? At(line, column) : At(0, 0);
        HtmlRenderer? escaper = null;
        var opened = new RawTagPairs();
        var headingLevel = 1; // the page title
        var refused = new List<MarkdownObject>(); // raw HTML: an error, and left out of the page (see below)
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case CodeBlock code when code is not FencedCodeBlock:
                    // CL0408: an indent of a tab or four spaces turns a paragraph into a block of code, published as such.
                    diagnostics.Warning("CL0408", "this line starts with a tab or four spaces, so it is published as a block of computer code (in a fixed-width font, not wrapped): remove the spaces or tab at the start of the line; to show code on purpose, put it between two ``` lines", At(code.Line, 0));
                    break;
                case HtmlBlock block:
                    diagnostics.Error("CL0401", "raw HTML is not allowed in a case; use Markdown", At(block.Line, block.Column));
                    refused.Add(block);
                    break;
                case HtmlInline inline: // closing tags too: '</div>' would end the page's own elements
                    refused.Add(inline);
                    if (!opened.Report(inline)) break;
                    diagnostics.Error("CL0401", $"raw HTML '{Shorten(inline.Tag)}' is not allowed in a case; use Markdown (or write \\< for a literal '<')", At(inline.Line, inline.Column));
                    break;
                case LinkInline link when link.Url is not null:
                    // CL0177: a picture without a description is announced as its file name by a screen reader, or skipped.
                    if (link.IsImage && string.IsNullOrWhiteSpace(InlineText(link)))
                        diagnostics.Warning("CL0177", $"this picture has no description: write what it shows between the brackets, for example ![A timeline of the six sessions]({Shorten(link.Url)})", At(link.Line, link.Column));
                    if (LinkPolicy.Problem(link.Url, link.IsImage) is { } problem)
                    {
                        diagnostics.Error("CL0402", $"{problem}: '{Shorten(link.Url)}'", At(link.Line, link.Column));
                        link.Url = Refused; // never published (the run fails), and not reported again by the link check
                    }
                    else
                    {
                        // The address as written: in the link, or in its reference definition ([text][ref] … [ref]: address).
                        var (address, fragment) = AddressOf(link, markdown);
                        if (!link.IsImage && CaseLink.Read(link.Url.Trim()) is { } target)
                        {
                            var caseLink = new CaseLink(caseLinks.Count, link.Url.Trim(), target.TargetId, target.Language, target.Fragment, target.Bare, AtOffset(address))
                            {
                                FragmentLocation = AtOffset(fragment),
                            };
                            caseLinks.Add(caseLink);
                            link.Url = caseLink.Marker;
                        }
                        else
                        {
                            var written = link.Url;
                            if (relativePrefix.Length > 0 && IsRelative(link.Url))
                                link.Url = relativePrefix + link.Url;
                            links.Add(new LinkPosition(Published(link.Url, ref escaper), AtOffset(address), AtOffset(fragment),
                                ReferenceEquals(written, link.Url) ? null : written));
                        }
                    }
                    break;
                case AutolinkInline autolink:
                    if (LinkPolicy.Problem(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, false) is { } autoProblem)
                        diagnostics.Error("CL0402", $"{autoProblem}: '{Shorten(autolink.Url)}'", At(autolink.Line, autolink.Column));
                    else
                    {
                        var start = AtOffset(autolink.Span.Start + 1); // after the '<'
                        links.Add(new LinkPosition((autolink.IsEmail ? "mailto:" : "") + Published(autolink.Url, ref escaper), start, start));
                    }
                    break;
                case HeadingBlock heading:
                    if (heading.Level == 1)
                        diagnostics.Warning("CL0405", "the page title is the only level-1 heading; start sections with ##", At(heading.Line, heading.Column));
                    else if (heading.Level > headingLevel + 1)
                    {
                        // CL0407: screen reader users move through a page by heading level; a skipped level reads as a missing section.
                        var meant = new string('#', headingLevel + 1);
                        diagnostics.Warning("CL0407", $"this heading is level {heading.Level} ({new string('#', heading.Level)}), but the heading above it is level {headingLevel} ({new string('#', headingLevel)}), so a level is skipped: write {meant} here (each heading goes at most one level deeper than the one above it)", At(heading.Line, heading.Column));
                    }
                    headingLevel = heading.Level;
                    if (heading.GetAttributes().Id is { } id)
                        headings.Add(new Heading(heading.Level, id, InlineText(heading.Inline)));
                    break;
            }
        }

        // Refused raw HTML never reaches the page, which a run with errors still renders for the link check: an href or
        // src inside it would otherwise be reported once more, as a broken link at the top of the file (CL0601 at 1,1).
        foreach (var node in refused)
        {
            if (node is HtmlInline inline) inline.ReplaceBy(new LiteralInline(inline.Tag ?? ""));
            else if (node is Block { Parent: { } parent } block) parent.Remove(block);
        }

        foreach (var (line, column, code, message) in SectionShape.Find(document, InlineText, line => At(line, 0).Line))
            diagnostics.Warning(code, message, At(line, column));

        foreach (var (line, column, message, isError) in LiteralMarkup.Find(document, markdown))
            diagnostics.Add(isError ? Diagnostic.Error(LiteralMarkup.Code, message, At(line, column)) : Diagnostic.Warning(LiteralMarkup.Code, message, At(line, column)));

        string html, text;
        IReadOnlyList<BodySection> sections;
        try
        {
            html = Render(document, pipeline, plainText: false);
            (text, sections) = RenderSections(document, pipeline);
        }
        catch (ArgumentException ex) when (NestingGuard.IsDepthLimit(ex))
        {
            diagnostics.Error("CL0406", NestingGuard.Message, At(0, 0));
            return MarkdownBody.Empty;
        }
        return new MarkdownBody(html, CountWords(text), headings) { CaseLinks = caseLinks, Links = links, Sections = sections };
    }

    /// <summary>
    /// The offsets of a link's address in the body, and of its '#' (the address's start when it has none): where it is
    /// written in the link, or for a reference link in its definition. Markdig's spans are offsets into the body.
    /// </summary>
    private static (int Address, int Fragment) AddressOf(LinkInline link, string markdown)
    {
        var span = link.UrlSpan.IsEmpty && link.Reference is { } definition ? definition.UrlSpan : link.UrlSpan;
        if (span.IsEmpty || span.Start < 0 || span.End >= markdown.Length) return (link.Span.Start, link.Span.Start);
        var start = span.Start;
        if (markdown[start] == '<' && span.Length > 1) start++; // written as <address>
        var hash = markdown.IndexOf('#', start, span.End - start + 1);
        return (start, hash >= 0 ? hash : start);
    }

    /// <summary>The address as the published page has it: escaped as Markdig writes it, read back as an HTML parser decodes it.</summary>
    private static string Published(string url, ref HtmlRenderer? escaper)
    {
        escaper ??= new HtmlRenderer(new StringWriter());
        var writer = (StringWriter)escaper.Writer;
        writer.GetStringBuilder().Clear();
        escaper.WriteEscapeUrl(url);
        escaper.Writer.Flush();
        return System.Net.WebUtility.HtmlDecode(writer.ToString());
    }

    /// <summary>Reports the invisible control characters (<see cref="InvisibleCharacters"/>) at their line and column, the first 20.</summary>
    private static bool ReportInvisibleCharacters(string markdown, Func<int, int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var line = 0;
        var lineStart = 0;
        var scanned = 0;
        var reported = 0;
        for (var offset = InvisibleCharacters.IndexOfFirst(markdown); offset >= 0 && reported < 20; reported++)
        {
            for (; scanned < offset; scanned++)
                if (markdown[scanned] == '\n') { line++; lineStart = scanned + 1; }
            diagnostics.Error(InvisibleCharacters.Code, InvisibleCharacters.Message(markdown, offset, "this line"), at(line, offset - lineStart));
            offset = InvisibleCharacters.IndexOfFirst(markdown, offset + (char.IsHighSurrogate(markdown[offset]) ? 2 : 1));
        }
        return reported > 0;
    }

    public static int ReadingMinutes(int words) => Math.Max(1, (words + WordsPerMinute - 1) / WordsPerMinute);

    private static string Render(MarkdownDocument document, MarkdownPipeline pipeline, bool plainText)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer)
        {
            EnableHtmlForBlock = !plainText,
            EnableHtmlForInline = !plainText,
            EnableHtmlEscape = !plainText,
        };
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        var result = writer.ToString();
        return plainText ? System.Net.WebUtility.HtmlDecode(result) : result;
    }

    /// <summary>
    /// The plain text, rendered block by block (the same text as rendering the document at once) and cut before each
    /// top-level heading that has an id; a section's text leaves out its heading line.
    /// </summary>
    private static (string Text, IReadOnlyList<BodySection> Sections) RenderSections(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        pipeline.Setup(renderer);
        var cuts = new List<(int Start, int TextStart, string Id, string Heading)> { (0, 0, "", "") };
        var buffer = writer.GetStringBuilder();
        foreach (var block in document)
        {
            if (block is HeadingBlock heading && heading.GetAttributes().Id is { } id)
            {
                writer.Flush();
                var start = buffer.Length;
                renderer.Render(heading);
                writer.Flush();
                cuts.Add((start, buffer.Length, id, InlineText(heading.Inline)));
                continue;
            }
            renderer.Render(block);
        }
        writer.Flush();
        var raw = buffer.ToString();
        var sections = new List<BodySection>(cuts.Count);
        for (var i = 0; i < cuts.Count; i++)
        {
            var end = i + 1 < cuts.Count ? cuts[i + 1].Start : raw.Length;
            var part = System.Net.WebUtility.HtmlDecode(raw[cuts[i].TextStart..end]);
            sections.Add(new BodySection(cuts[i].Id, cuts[i].Heading, part));
        }
        return (System.Net.WebUtility.HtmlDecode(raw), sections);
    }

    internal static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var builder = new StringBuilder();
        foreach (var child in inline.Descendants())
        {
            if (child is LiteralInline literal) builder.Append(literal.Content.ToString());
            else if (child is CodeInline code) builder.Append(code.Content);
        }
        return builder.ToString();
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }
        return count;
    }

    private static bool IsRelative(string url) =>
        url.Length > 0 && url[0] is not ('#' or '/') && !url.Contains(':', StringComparison.Ordinal);

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
