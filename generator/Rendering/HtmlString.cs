namespace CaseLibrary.Rendering;

/// <summary>Markup that is already safe (rendered Markdown, JSON-LD, a rendered partial): written without escaping.</summary>
public sealed record HtmlString(string Value)
{
    public override string ToString() => Value;
}
