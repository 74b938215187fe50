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
        LoopLimit = 100_000;
        RecursiveLimit = 50;
        LimitToString = 0; // Scriban would cut values over 1 MB with "..." (a big list page); see LargeOutputTests
        MemberRenamer = member => Scriban.Runtime.StandardMemberRenamer.Rename(member.Name);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlString html) return Write(html.Value);
        var text = ObjectToString(textAsObject);
        return string.IsNullOrEmpty(text) ? this : Write(Html.Escape(text));
    }
}
