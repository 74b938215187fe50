using Scriban;
using Scriban.Parsing;

namespace CaseLibrary.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, in text and attributes alike; only
/// <see cref="HtmlString"/> passes through. Theme authors cannot forget to escape, and content strings
/// (titles, summaries, names) can never become markup.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 20_000_000; // over nested loops: a 16,000-case matrix is 160,000; a runaway loop stops in seconds
        RecursiveLimit = 50;
        LimitToString = 0; // Scriban cuts strings at 1 MB by default (with "..."): a long list page must never be truncated.
        MemberRenamer = member => Scriban.Runtime.StandardMemberRenamer.Rename(member.Name);
    }

    /// <summary>The language of the page being rendered: <c>partial_cached</c> output is kept per scope.</summary>
    public string Scope { get; set; } = "";

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlString html) return Write(html.Value);
        var text = ObjectToString(textAsObject);
        return string.IsNullOrEmpty(text) ? this : Write(Html.Escape(text));
    }
}
