using CaseLibrary.Configuration;

namespace CaseLibrary.Rendering.Views;

/// <summary>
/// The About page's text (library.yaml's <c>about</c>) in the page's language, else the default language's, named by
/// <see cref="Lang"/> so the page can mark it: plain paragraphs, split at blank lines, each line break inside one a space.
/// </summary>
public sealed record AboutView(string Lang, bool IsFallback, IReadOnlyList<string> Paragraphs)
{
    /// <summary>The name of <see cref="Lang"/> in the page's language, for the notice on a fallback.</summary>
    public string LangName { get; init; } = "";

    public static AboutView Of(LocalizedText about, string lang, string defaultLang)
    {
        var shown = about.Languages.Contains(lang) ? lang : about.Languages.Contains(defaultLang) ? defaultLang : lang;
        var paragraphs = about.Get(lang, defaultLang).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n').Aggregate(new List<List<string>> { new() }, (groups, line) =>
            {
                if (line.Trim().Length == 0) groups.Add([]);
                else groups[^1].Add(line);
                return groups;
            })
            .Select(lines => string.Join(' ', lines))
            .Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0)
            .ToList();
        return new AboutView(shown, shown != lang, paragraphs);
    }
}
