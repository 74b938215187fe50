using CaseLibrary.Configuration;
using CaseLibrary.Content;

namespace CaseLibrary.Model;

/// <summary>The whole library, validated and cross-referenced: what rendering and search read.</summary>
public sealed class LibraryModel
{
    private readonly Dictionary<string, Competence> _competences;
    private readonly Dictionary<string, Author> _authors;

    public LibraryModel(SiteConfig config, IReadOnlyList<Competence> competences, IReadOnlyList<Author> authors, IReadOnlyList<CaseStudy> cases)
    {
        Config = config;
        Competences = competences;
        Authors = authors;
        Cases = cases;
        _competences = competences.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _authors = authors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Countries = cases.Select(c => c.Country).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public SiteConfig Config { get; }

    public IReadOnlyList<Competence> Competences { get; }

    public IReadOnlyList<Author> Authors { get; }

    /// <summary>Newest first, then by id: the order of every list page.</summary>
    public IReadOnlyList<CaseStudy> Cases { get; }

    /// <summary>Country codes that at least one case is from.</summary>
    public IReadOnlyList<string> Countries { get; }

    public Competence Competence(string id) => _competences[id];

    public Author Author(string id) => _authors[id];

    public IEnumerable<CaseStudy> CasesWithCompetence(string id) => Cases.Where(c => c.CompetenceIds.Contains(id));

    public IEnumerable<CaseStudy> CasesFrom(string country) => Cases.Where(c => c.Country == country);

    public IEnumerable<CaseStudy> CasesBy(string authorId) =>
        Cases.Where(c => c.AuthorIds.Contains(authorId) || c.Versions.Any(v => v.Translators.Any(t => t.Id == authorId)));

    public IEnumerable<CaseStudy> CasesIn(string language) => Cases.Where(c => c.In(language) is not null);
}
