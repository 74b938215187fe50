using CaseLibrary.Loading;

namespace CaseLibrary.Rendering;

/// <summary>The theme stage's output: the parsed templates and UI strings, with the theme as loaded (its assets are published as they are).</summary>
/// <param name="HasErrors">A template or UI-string file has an error (reported): no page can be rendered.</param>
public sealed record ParsedTheme(TemplateSet Templates, UiStrings Strings, ThemeSources Sources, bool HasErrors);
