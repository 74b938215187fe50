using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CaseLibrary.Markdown;

/// <summary>
/// Gives every section heading (levels 2 and 3 with an id) a visible permalink, so a trainer can copy a link to
/// "#reflection": <c>&lt;div class="heading"&gt;&lt;h2 id="reflection"&gt;…&lt;/h2&gt;&lt;a class="permalink" href="#reflection"&gt;#&lt;/a&gt;&lt;/div&gt;</c>.
/// The link stays outside the heading, so the heading's accessible name is only its text; the link's name is
/// "<i>Link to this section</i>: <i>heading</i>", from <see cref="LabelId"/> (a visually hidden element of the theme, in
/// the page's language) and the heading itself. Plain-text rendering (search, word count) is unchanged.
/// </summary>
public sealed class HeadingPermalinks : IMarkdownExtension
{
    /// <summary>The id of the theme's element that holds the first words of each permalink's accessible name.</summary>
    public const string LabelId = HeadingIdNamespace.ReservedPrefix + "permalink-label";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.Find<HeadingRenderer>() is not null)
            html.ObjectRenderers.Replace<HeadingRenderer>(new PermalinkHeadingRenderer());
    }

    private sealed class PermalinkHeadingRenderer : HeadingRenderer
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            var id = heading.TryGetAttributes()?.Id;
            if (!renderer.EnableHtmlForBlock || id is null || heading.Level is not (2 or 3))
            {
                base.Write(renderer, heading);
                return;
            }
            renderer.EnsureLine();
            renderer.Write("<div class=\"heading heading-").Write(heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\">");
            base.Write(renderer, heading);
            renderer.EnsureLine();
            renderer.Write("<a class=\"permalink\" href=\"#").WriteEscape(id).Write("\" aria-labelledby=\"").Write(LabelId).Write(' ').WriteEscape(id).Write("\">#</a></div>");
            renderer.WriteLine();
        }
    }
}
