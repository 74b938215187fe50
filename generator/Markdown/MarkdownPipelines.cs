using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;

namespace CaseLibrary.Markdown;

/// <summary>
/// One immutable Markdig pipeline per typographic convention, built once and shared by every thread:
/// tables, footnotes, heading anchors (outside the theme's id namespace: <see cref="HeadingIdNamespace"/>) and smart punctuation with the quotation marks of the page's language.
/// </summary>
public sealed class MarkdownPipelines
{
    private readonly Dictionary<string, MarkdownPipeline> _byLanguage = new(StringComparer.Ordinal);
    private readonly MarkdownPipeline _fallback;

    public MarkdownPipelines(IEnumerable<string> languages)
    {
        _fallback = Build(Quotes("&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;"));
        foreach (var language in languages) _byLanguage[language] = Build(QuotesFor(language));
    }

    public MarkdownPipeline For(string language) => _byLanguage.GetValueOrDefault(language) ?? _fallback;

    private static MarkdownPipeline Build(SmartyPantOptions smarty) =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .Use<HeadingIdNamespace>()
            .Use<HeadingPermalinks>()
            .UseSmartyPants(smarty)
            .Build();

    private static SmartyPantOptions QuotesFor(string language) => language switch
    {
        "fr" => Quotes("&laquo;&#8239;", "&#8239;&raquo;", "&lsquo;", "&rsquo;"),
        "it" => Quotes("&laquo;", "&raquo;", "&lsquo;", "&rsquo;"),
        "de" => Quotes("&bdquo;", "&ldquo;", "&sbquo;", "&lsquo;"),
        "fi" => Quotes("&rdquo;", "&rdquo;", "&rsquo;", "&rsquo;"),
        _ => Quotes("&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;"),
    };

    private static SmartyPantOptions Quotes(string leftDouble, string rightDouble, string leftSingle, string rightSingle)
    {
        var options = new SmartyPantOptions();
        options.Mapping[SmartyPantType.LeftDoubleQuote] = leftDouble;
        options.Mapping[SmartyPantType.RightDoubleQuote] = rightDouble;
        options.Mapping[SmartyPantType.LeftQuote] = leftSingle;
        options.Mapping[SmartyPantType.RightQuote] = rightSingle;
        return options;
    }
}
