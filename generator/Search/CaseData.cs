using CaseLibrary.Content;
using CaseLibrary.Model;

namespace CaseLibrary.Search;

/// <summary>
/// What a case version's first section document indexes besides its title, summary and text, as the reader sees it in
/// the version's language: its tags, competences (id and name), country (name) and authors (id and name). The index
/// (<see cref="SearchCatalog.EachDocument"/>) and the result file (<see cref="SearchCatalog.Result"/>) take the same
/// values from here, so the worker can say which of them a query matched.
/// </summary>
public sealed record CaseData(IReadOnlyList<string> Tags, IReadOnlyList<CaseData.Named> Competences, string Country, IReadOnlyList<CaseData.Named> Authors)
{
    /// <summary>A competence or an author: its id (its page's address) and its name.</summary>
    public sealed record Named(string Id, string Name);

    public static CaseData Of(LibraryModel model, CaseStudy study, CaseDocument version, string lang, Func<string, string> countryName) =>
        new(
            version.Tags,
            study.CompetenceIds.Select(id => new Named(id, model.Competence(id).Name.Get(lang, model.Config.DefaultLanguage))).ToList(),
            countryName(study.Country),
            study.AuthorIds.Select(id => new Named(id, model.Author(id).Name)).ToList());
}
