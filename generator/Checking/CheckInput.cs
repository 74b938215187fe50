using CaseLibrary.Loading;
using CaseLibrary.Model;

namespace CaseLibrary.Checking;

/// <summary>
/// What the check stage reads: the model (whose case bodies and notes carry the position of every link they write),
/// the theme's templates (read for theirs), the links and ids the render and search stages recorded, the PDFs the
/// writer will print, and the case folders left incomplete by an error of their own (null when the run has none).
/// </summary>
public sealed record CheckInput(
    LibraryModel Model,
    IReadOnlyDictionary<string, SourceFile> Templates,
    SiteLinks Links,
    IEnumerable<string> PromisedPdfs,
    IReadOnlySet<string>? Incomplete);
