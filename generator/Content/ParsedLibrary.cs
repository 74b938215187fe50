namespace CaseLibrary.Content;

/// <summary>
/// The parse stage's output: the data files and every case folder parsed, with the ids each data file declares (also
/// the entries with an error, so their uses are not reported again). It holds no <see cref="Loading.LibrarySources"/>:
/// once it is made, the loaded texts can go.
/// </summary>
public sealed record ParsedLibrary(
    IReadOnlyList<Competence> Competences,
    IReadOnlyList<Author> Authors,
    IReadOnlyList<ParsedCase> Cases,
    IReadOnlyList<TeachingNotes> Notes,
    DeclaredIds DeclaredCompetences,
    DeclaredIds DeclaredAuthors);
