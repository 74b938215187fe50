using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;

namespace CaseLibrary.Configuration;

/// <summary>The configure stage: <c>library.yaml</c> (as loaded) into a <see cref="SiteConfig"/>; null when it is missing or unusable (reported).</summary>
public sealed class ConfigureStage(string? baseUrlOverride, DiagnosticBag diagnostics)
{
    public SiteConfig? Run(LibrarySources sources) => SiteConfigParser.Parse(sources.Library, baseUrlOverride, diagnostics);
}
