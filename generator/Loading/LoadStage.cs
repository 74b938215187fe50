using CaseLibrary.Diagnostics;

namespace CaseLibrary.Loading;

/// <summary>The load stage: the content folder read into <see cref="LibrarySources"/> (a preview reads only the edited folders again).</summary>
public sealed class LoadStage(SourceReader reader, DiagnosticBag diagnostics)
{
    public LibrarySources Run(LoadRequest request)
    {
        var loader = new ContentLoader(reader, diagnostics);
        return request is { Edited: { } edited, Previous: { } previous }
            ? loader.Reload(previous, request.Source, edited)
            : loader.Load(request.Source);
    }
}
