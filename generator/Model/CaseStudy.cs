using CaseLibrary.Content;
using CaseLibrary.Loading;

namespace CaseLibrary.Model;

/// <summary>
/// A case with all its language versions (in site-language order). Its shared facts (country, competences,
/// authors, date) are the original version's; the original is the version written without translators.
/// </summary>
public sealed record CaseStudy(string Id, CaseDocument Original, IReadOnlyList<CaseDocument> Versions, IReadOnlyList<AssetFile> Assets)
{
    public string Country => Original.Country.Id;

    public IEnumerable<string> CompetenceIds => Original.Competences.Select(c => c.Id).Distinct();

    public IEnumerable<string> AuthorIds => Original.Authors.Select(a => a.Id).Distinct();

    public DateOnly Date => Original.Date;

    /// <summary>Teaching notes, one per language at most, each for a language the case has a version in.</summary>
    public IReadOnlyList<TeachingNotes> Notes { get; init; } = [];

    public TeachingNotes? NotesIn(string language) => Notes.FirstOrDefault(n => n.Language == language);

    /// <summary>
    /// Every set of notes in the order a reader of the <paramref name="version"/> language version, on a page in
    /// <paramref name="page"/>, is offered them: the version's own, the page language's, the original's, then the site's
    /// language order (the order of <see cref="Versions"/>).
    /// </summary>
    public IEnumerable<TeachingNotes> NotesByPreference(string version, string page) =>
        Notes.OrderBy(n => n.Language == version ? 0 : n.Language == page ? 1 : n.Language == Original.Language ? 2 : 3)
            .ThenBy(n => VersionPosition(n.Language));

    private int VersionPosition(string language)
    {
        for (var i = 0; i < Versions.Count; i++)
            if (Versions[i].Language == language) return i;
        return int.MaxValue;
    }

    public IEnumerable<string> Languages => Versions.Select(v => v.Language);

    public CaseDocument? In(string language) => Versions.FirstOrDefault(v => v.Language == language);

    /// <summary>The version to show to a reader of <paramref name="language"/>: theirs, else the site default, else the original.</summary>
    public CaseDocument For(string language, string defaultLanguage) => In(language) ?? In(defaultLanguage) ?? Original;
}
