using CaseLibrary.Diagnostics;
using CaseLibrary.Search;

namespace CaseLibrary.Loading;

/// <summary>
/// The packages stage's output: the pinned lunr scripts (null when they could not be had: reported), where node and npm
/// may be found, and the theme's <c>package.json</c> (where problems with them are reported).
/// </summary>
public sealed record SearchPackages(LunrScripts? Scripts, ProgramLocator Programs, SourceLocation PackageJson);
