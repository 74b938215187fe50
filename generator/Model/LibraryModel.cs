using CaseLibrary.Configuration;
using CaseLibrary.Content;

namespace CaseLibrary.Model;

/// <summary>The whole library, validated and cross-referenced: what rendering and search read.</summary>
public sealed class LibraryModel
{
    private readonly Dictionary<string, Competence> _competences;
    private readonly Dictionary<string, Author> _authors;
    private readonly ILookup<string, CaseStudy> _byCompetence;
    private readonly ILookup<string, CaseStudy> _byCountry;
    private readonly ILookup<string, CaseStudy> _byAuthor;
    private readonly ILookup<string, CaseStudy> _byLanguage;

    public LibraryModel(SiteConfig config, IReadOnlyList<Competence> competences, IReadOnlyList<Author> authors, IReadOnlyList<CaseStudy> cases)
    {
        Config = config;
        Competences = competences;
        Authors = authors;
        Cases = cases;
        _competences = competences.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _authors = authors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Countries = cases.Select(c => c.Country).Distinct().Order(StringComparer.Ordinal).ToList();
        // Built once: every list page asks these, and a lookup keeps the library's order within each key.
        _byCompetence = cases.SelectMany(c => c.CompetenceIds.Distinct().Select(id => (id, c))).ToLookup(p => p.id, p => p.c, StringComparer.Ordinal);
        _byCountry = cases.ToLookup(c => c.Country, StringComparer.Ordinal);
        _byAuthor = cases.SelectMany(c => c.AuthorIds.Concat(c.Versions.SelectMany(v => v.Translators.Select(t => t.Id))).Distinct(StringComparer.Ordinal)
            .Select(id => (id, c))).ToLookup(p => p.id, p => p.c, StringComparer.Ordinal);
        _byLanguage = cases.SelectMany(c => c.Languages.Distinct().Select(l => (l, c))).ToLookup(p => p.l, p => p.c, StringComparer.Ordinal);
        Related = new RelatedCases(cases);
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

    public IEnumerable<CaseStudy> CasesWithCompetence(string id) => _byCompetence[id];

    public IEnumerable<CaseStudy> CasesFrom(string country) => _byCountry[country];

    /// <summary>Cases the author wrote or translated.</summary>
    public IEnumerable<CaseStudy> CasesBy(string authorId) => _byAuthor[authorId];

    public IEnumerable<CaseStudy> CasesIn(string language) => _byLanguage[language];

    /// <summary>The cases offered at the end of each case (shared competences; computed once per set of competences).</summary>
    public RelatedCases Related { get; }

    /// <summary>Links to cases that could not be resolved (CL0520–CL0522); the pipeline reports them with the link check.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> LinkDiagnostics { get; init; } = [];

    /// <summary>Draft versions left out of this model (the build was not asked for drafts), by source file.</summary>
    public IReadOnlyList<string> LeftOutDrafts { get; init; } = [];

    /// <summary>Draft versions included in this model (check, serve, build --drafts).</summary>
    public int IncludedDrafts => Cases.Sum(c => c.Versions.Count(v => v.Draft));
}
