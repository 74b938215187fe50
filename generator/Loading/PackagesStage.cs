using CaseLibrary.Diagnostics;
using CaseLibrary.Search;

namespace CaseLibrary.Loading;

/// <summary>
/// The packages stage: the theme's pinned search scripts (lunr and lunr-languages) for the site's languages, installed
/// without scripts when missing and then verified (<see cref="ThemePackages"/>), or the copy an installed caselib carries.
/// <c>check</c> calls <see cref="StandIns"/> instead: no package is read or installed and no program is looked for.
/// </summary>
public sealed class PackagesStage
{
    private readonly SourceReader _reader;
    private readonly DiagnosticBag _diagnostics;
    private readonly IProcessRunner? _runner;
    private readonly string _theme;
    private readonly SourceLocation _packageJson;

    public PackagesStage(SourceReader reader, DiagnosticBag diagnostics, IProcessRunner? runner, string theme)
    {
        _reader = reader;
        _diagnostics = diagnostics;
        _runner = runner;
        _theme = theme;
        _packageJson = SourceLocation.StartOf(reader.Display(Path.Combine(Path.GetFullPath(theme), "package.json")));
    }

    /// <param name="request">The site's languages and where programs may be found.</param>
    public SearchPackages Run(PackagesRequest request)
    {
        var programs = new ProgramLocator(request.SearchPath, ProgramLocator.Untrusted(Path.GetFullPath(request.Source), Path.GetFullPath(_theme), request.DisplayRoot));
        var scripts = new ThemePackages(_reader, _diagnostics, programs, _runner).Load(_theme, request.Languages, request.CarriedPackages);
        return new SearchPackages(scripts, programs, _packageJson);
    }

    /// <summary>For <c>check</c>: stand-ins for the scripts (the search pages still render), after checking that lunr-languages has every language.</summary>
    public SearchPackages StandIns(IReadOnlyList<string> languages) =>
        new(ThemePackages.CheckLanguages(languages, _packageJson, _diagnostics) ? LunrScripts.StandIn(languages) : null, ProgramLocator.None, _packageJson);
}
