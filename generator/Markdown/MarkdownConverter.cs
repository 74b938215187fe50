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
        var opened = new RawTagPairs();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block:
                    diagnostics.Error("CL0401", "raw HTML is not allowed in a case; use Markdown", At(block.Line, block.Column));
                    break;
                case HtmlInline inline: // closing tags too: '</div>' would end the page's own elements
                    if (!opened.Report(inline)) break;
                    diagnostics.Error("CL0401", $"raw HTML '{Shorten(inline.Tag)}' is not allowed in a case; use Markdown (or write \\< for a literal '<')", At(inline.Line, inline.Column));
                    break;
                case LinkInline link when link.Url is not null:
                    // CL0177: a picture without a description is announced as its file name by a screen reader, or skipped.
                    if (link.IsImage && string.IsNullOrWhiteSpace(InlineText(link)))
                        diagnostics.Warning("CL0177", $"this picture has no description: write what it shows between the brackets, for example ![A timeline of the six sessions]({Shorten(link.Url)})", At(link.Line, link.Column));
                    if (LinkPolicy.Problem(link.Url, link.IsImage) is { } problem)
                        diagnostics.Error("CL0402", $"{problem}: '{Shorten(link.Url)}'", At(link.Line, link.Column));
                    else if (!link.IsImage && CaseLink.Read(link.Url.Trim()) is { } target)
                    {
                        var caseLink = new CaseLink(caseLinks.Count, link.Url.Trim(), target.TargetId, target.Language, target.Fragment, target.Bare, At(link.Line, link.Column + Math.Max(0, link.UrlSpan.Start - link.Span.Start)));
                        caseLinks.Add(caseLink);
                        link.Url = caseLink.Marker;
                    }
                    else if (relativePrefix.Length > 0 && IsRelative(link.Url))
                        link.Url = relativePrefix + link.Url;
                    break;
                case AutolinkInline autolink:
                    if (LinkPolicy.Problem(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, false) is { } autoProblem)
                        diagnostics.Error("CL0402", $"{autoProblem}: '{Shorten(autolink.Url)}'", At(autolink.Line, autolink.Column));
                    break;
                case HeadingBlock heading:
                    if (heading.Level == 1)
                        diagnostics.Warning("CL0405", "the page title is the only level-1 heading; start sections with ##", At(heading.Line, heading.Column));
                    if (heading.GetAttributes().Id is { } id)
                        headings.Add(new Heading(heading.Level, id, InlineText(heading.Inline)));
                    break;
            }
        }

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
        return new MarkdownBody(html, text, CountWords(text), headings) { CaseLinks = caseLinks, Sections = sections };
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

    private static string InlineText(ContainerInline? inline)
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
