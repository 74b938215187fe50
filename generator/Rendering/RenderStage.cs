using CaseLibrary.Diagnostics;
using CaseLibrary.Model;
using CaseLibrary.Search;

namespace CaseLibrary.Rendering;

/// <summary>
/// The render stage: every page, feed, sitemap, citation file and theme asset of the model (<see cref="SiteRenderer"/>),
/// each handed to the sink as soon as it is made (from several threads at once); nothing is kept.
/// </summary>
public sealed class RenderStage(ParsedTheme theme, LunrScripts scripts)
{
    private readonly SiteRenderer _renderer = new(theme.Templates, theme.Strings, theme.Sources);

    /// <param name="pdf">Link each case's PDF (printed by the write stage with --pdf).</param>
    /// <param name="onlyCases">For a <c>serve</c> preview: just the pages of these cases.</param>
    public void Run(LibraryModel model, IOutputSink sink, DiagnosticBag diagnostics, bool pdf, IReadOnlySet<string>? onlyCases = null) =>
        _renderer.Render(model, scripts, diagnostics, sink, pdf, onlyCases);
}
