using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CaseLibrary.Markdown;

/// <summary>
/// Keeps heading ids out of the theme's namespace. Every id the theme and its scripts use starts with
/// <see cref="ReservedPrefix"/> (<c>cl-main</c>, <c>cl-pack</c>, …); a heading whose automatic id would start with
/// it (<c>## Cl main</c>) gets <see cref="EscapePrefix"/> in front (<c>h-cl-main</c>), and a number when that is
/// taken, so a case can never give a second element the id of the skip-link target or a script's element.
/// Every other heading keeps the id authors expect (<c>## Background</c> → <c>#background</c>).
/// </summary>
public sealed class HeadingIdNamespace : IMarkdownExtension
{
    public const string ReservedPrefix = "cl-";
    public const string EscapePrefix = "h-";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Rewrite;
        pipeline.DocumentProcessed += Rewrite;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static bool IsReserved(string id) => id.StartsWith(ReservedPrefix, StringComparison.OrdinalIgnoreCase);

    private static void Rewrite(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var heading in headings)
            if (heading.GetAttributes().Id is { } id) taken.Add(id);
        foreach (var heading in headings)
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is not { } id || !IsReserved(id)) continue;
            var candidate = EscapePrefix + id;
            for (var n = 1; taken.Contains(candidate); n++) candidate = $"{EscapePrefix}{id}-{n}";
            taken.Add(candidate);
            attributes.Id = candidate;
        }
    }
}
