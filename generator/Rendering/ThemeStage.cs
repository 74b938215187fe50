using CaseLibrary.Configuration;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;

namespace CaseLibrary.Rendering;

/// <summary>The theme stage: the loaded templates parsed (Scriban) and the UI strings read, with a warning per string a site language lacks.</summary>
public sealed class ThemeStage(SiteConfig config, DiagnosticBag diagnostics)
{
    public ParsedTheme Run(ThemeSources theme)
    {
        var own = new DiagnosticBag();
        var templates = new TemplateSet(theme.Templates, theme.RootDisplayPath, own, requireAll: theme.Exists);
        var strings = UiStringsParser.Parse(theme.Strings, config.DefaultLanguage, own);
        own.AddRange(strings.MissingStrings(config.Languages, l => $"{theme.RootDisplayPath}/i18n/{l}.yaml"));
        own.AddRange(UiStringKeys.Unknown(templates.Parsed, strings, config.DefaultLanguage, $"{theme.RootDisplayPath}/i18n/{config.DefaultLanguage}.yaml"));
        diagnostics.AddRange(own.Sorted());
        return new ParsedTheme(templates, strings, theme, own.HasErrors);
    }
}
