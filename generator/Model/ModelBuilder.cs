using CaseLibrary.Configuration;
using CaseLibrary.Content;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Model;

/// <summary>
/// The model stage: cross-references parsed documents with the site languages and the data files, reports every
/// dangling id with a hint, and groups language versions into cases. Pure: no disk, no console.
/// </summary>
public static class ModelBuilder
{
    public static LibraryModel Build(
        SiteConfig config,
        IReadOnlyList<Competence> competences,
        IReadOnlyList<Author> authors,
        IReadOnlyList<ParsedCase> parsedCases,
        bool includeDrafts,
        DiagnosticBag diagnostics,
        IReadOnlyList<TeachingNotes>? notes = null,
        DeclaredIds? declaredCompetences = null,
        DeclaredIds? declaredAuthors = null)
    {
        var notesByCase = (notes ?? []).ToLookup(n => n.CaseId, StringComparer.Ordinal);
        var competenceIds = competences.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var authorIds = authors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        // An id declared by an entry that has its own error, or any id when the data file could not be read, is not
        // reported again in every case that uses it: the data file's error is the root cause.
        if (declaredCompetences is not null) competenceIds.UnionWith(declaredCompetences.Ids);
        if (declaredAuthors is not null) authorIds.UnionWith(declaredAuthors.Ids);
        var modelCompetences = competences.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var modelAuthors = authors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var checkCompetences = declaredCompetences?.IsUnreadable != true;
        var checkAuthors = declaredAuthors?.IsUnreadable != true;

        if (!Licences.IsKnown(config.Licence))
            diagnostics.Error("CL0134", $"unknown licence '{config.Licence}'{Suggestions.Hint(config.Licence, Licences.Ids)}", config.LicenceLocation ?? SourceLocation.StartOf("library.yaml"));
        foreach (var author in authors)
            if (author.Country is { } country) CheckCountry(country, diagnostics);
        foreach (var competence in competences)
        {
            // Without a name in the first language, every language without its own name would show none at all.
            // (A name whose only language is misspelt has its own error, CL0106.)
            if (!competence.Name.Has(config.DefaultLanguage))
            {
                if (competence.Name.Languages.Any())
                    diagnostics.Error("CL0140", $"competence '{competence.Id}' has no name in '{config.DefaultLanguage}', the library's first language, which is shown wherever a language has no name of its own, so the name would be empty: add {config.DefaultLanguage}: and the name under 'name'", competence.Location);
            }
            else
                foreach (var language in config.Languages.Where(l => !competence.Name.Has(l)))
                    diagnostics.Warning("CL0140", $"competence '{competence.Id}' has no name in '{language}'; the {config.DefaultLanguage} name is shown", competence.Location);
        }

        var cases = new List<CaseStudy>();
        var leftOut = new List<string>();
        foreach (var folder in parsedCases)
        {
            var documents = folder.Documents;
            var versions = new List<CaseDocument>();
            foreach (var document in documents)
            {
                if (!config.Languages.Contains(document.Language))
                {
                    if (!config.MeantLanguages.Contains(document.Language)) diagnostics.Error("CL0130", $"'{document.Language}' is not a site language ({string.Join(", ", config.Languages)}); rename the file or add the language to library.yaml{Suggestions.Hint(document.Language, config.Languages)}", SourceLocation.StartOf(document.SourcePath));
                    continue;
                }
                CheckCountry(document.Country, diagnostics);
                if (checkCompetences) CheckIds(document.Competences, competenceIds, "competence", "competences.yaml", diagnostics);
                if (checkAuthors) CheckIds(document.Authors, authorIds, "author", "authors.yaml", diagnostics);
                if (checkAuthors) CheckIds(document.Translators, authorIds, "author", "authors.yaml", diagnostics);
                if (document.Licence is { } licence && !Licences.IsKnown(licence.Id))
                    diagnostics.Error("CL0134", $"unknown licence '{licence.Id}' (use an SPDX id){Suggestions.Hint(licence.Id, Licences.Ids)}", licence.Location);
                if (document.Draft && !includeDrafts)
                {
                    leftOut.Add(document.SourcePath);
                    continue;
                }
                versions.Add(document);
            }
            var caseNotes = MatchNotes(notesByCase[folder.Id], folder.VersionLanguages, versions, diagnostics);
            if (versions.Count == 0) continue;
            versions.Sort((a, b) => IndexOf(config, a.Language).CompareTo(IndexOf(config, b.Language)));
            var original = PickOriginal(versions, diagnostics);
            // An id of the original that has its own error above (or CL0170, a placeholder) is the one mistake: the
            // translations that have it right are not told they differ, which would invite them to copy it.
            CheckTranslations(original, versions, diagnostics, config.Licence,
                country: CountryCodes.IsAssigned(original.Country.Id),
                competences: !checkCompetences || original.Competences.All(c => competenceIds.Contains(c.Id)),
                authors: !checkAuthors || original.Authors.All(a => authorIds.Contains(a.Id)));
            VersionChecks.Original(folder, original, documents, diagnostics);
            EditorialRules.Check(original, config.MinimumWords, diagnostics);
            // An id with an error (reported above, or in its data file) is dropped, so the model holds only what pages can
            // show: a run with errors still renders and link-checks the rest, writing nothing. Without errors, nothing is dropped.
            var known = versions.Select(v => Known(v, modelCompetences, modelAuthors)).ToList();
            cases.Add(new CaseStudy(folder.Id, known[versions.IndexOf(original)], known, folder.Assets) { Notes = caseNotes });
        }

        VersionChecks.Copies(cases, diagnostics);
        var drafts = parsedCases.Where(p => p.Documents.Count > 0 && p.Documents.All(d => d.Draft)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        // Case-link problems are kept apart: they are reported with the link check (or with the other errors when the
        // run stops here), so that one broken case link does not hide every other broken link of the library.
        var links = new DiagnosticBag();
        // A case folder one level too deep is reported where it is (CL0208); links to it get no second message.
        cases = CaseLinkResolver.Resolve(cases, parsedCases.Select(p => p.Id).Concat(parsedCases.SelectMany(p => p.MisplacedCases)).ToList(), drafts, links);
        cases.Sort((a, b) =>
        {
            var byDate = b.Date.CompareTo(a.Date);
            return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
        });
        return new LibraryModel(config, competences, authors, cases) { LeftOutDrafts = leftOut, LinkDiagnostics = links.Sorted() };
    }

    /// <summary>The version with only the competences and authors the model has (itself when it names no other).</summary>
    private static CaseDocument Known(CaseDocument version, HashSet<string> competences, HashSet<string> authors)
    {
        if (version.Competences.All(c => competences.Contains(c.Id)) && version.Authors.Concat(version.Translators).All(a => authors.Contains(a.Id)))
            return version;
        return version with
        {
            Competences = version.Competences.Where(c => competences.Contains(c.Id)).ToList(),
            Authors = version.Authors.Where(a => authors.Contains(a.Id)).ToList(),
            Translators = version.Translators.Where(a => authors.Contains(a.Id)).ToList(),
        };
    }

    /// <summary>Notes belong to a language version of their case; notes without one are an error (a draft version just hides them).</summary>
    /// <remarks>A version whose front matter failed still counts as present, so its notes get no second error.</remarks>
    private static List<TeachingNotes> MatchNotes(IEnumerable<TeachingNotes> notes, IReadOnlyList<string> sources, List<CaseDocument> published, DiagnosticBag diagnostics)
    {
        var matched = new List<TeachingNotes>();
        foreach (var note in notes)
        {
            if (published.Any(v => v.Language == note.Language)) matched.Add(note);
            else if (!sources.Contains(note.Language))
                diagnostics.Error("CL0141", $"teaching notes for '{note.Language}' but the case has no '{note.Language}' version: add {note.Language}.md beside it, or rename the notes{Suggestions.Hint(note.Language, sources)}", SourceLocation.StartOf(note.SourcePath));
        }
        return matched;
    }

    private static int IndexOf(SiteConfig config, string language)
    {
        for (var i = 0; i < config.Languages.Count; i++)
            if (config.Languages[i] == language) return i;
        return int.MaxValue;
    }

    private static CaseDocument PickOriginal(List<CaseDocument> versions, DiagnosticBag diagnostics)
    {
        var originals = versions.Where(v => !v.IsTranslation).ToList();
        if (originals.Count > 1)
            foreach (var extra in originals.Skip(1))
                diagnostics.Warning("CL0136", $"more than one version of this case has no 'translators'; '{originals[0].Language}' is taken as the original, so add 'translators' to this translation", SourceLocation.StartOf(extra.SourcePath));
        return originals.Count > 0 ? originals[0] : versions[0];
    }

    /// <summary>CL0137 for each field a translation gives differently; <paramref name="country"/> and the others say which fields are compared.</summary>
    private static void CheckTranslations(CaseDocument original, List<CaseDocument> versions, DiagnosticBag diagnostics, string libraryLicence, bool country, bool competences, bool authors)
    {
        var originalLicence = original.Licence?.Id ?? libraryLicence;
        foreach (var version in versions.Where(v => !ReferenceEquals(v, original)))
        {
            // A translation is made of the original: its licence keeps the original's terms (Licences.TranslationConflict).
            // Each version keeps the licence it writes; this is a warning for its contributor and the maintainers.
            var licence = version.Licence?.Id ?? libraryLicence;
            if (Licences.IsKnown(licence) && Licences.IsKnown(originalLicence) && Licences.TranslationConflict(originalLicence, licence) is { } conflict)
                diagnostics.Warning("CL0137", originalLicence.Contains("-ND-", StringComparison.Ordinal)
                    ? $"the original ({original.Language}) is under {originalLicence}, which allows no translation to be shared (NoDerivatives): ask its authors for permission before publishing this translation, and write the licence they agree to"
                    : $"licence '{licence}'{(version.Licence is null ? " (the library's, as none is written)" : "")} does not keep the terms of the original's ({original.Language}): {conflict}; write 'licence: {originalLicence}'",
                    version.Licence?.Location ?? SourceLocation.StartOf(version.SourcePath));
            if (country && version.Country.Id != original.Country.Id)
                diagnostics.Warning("CL0137", $"country '{version.Country.Id}' differs from the original's '{original.Country.Id}' ({original.Language}); the original's is used", version.Country.Location);
            if (competences && !SameIds(version.Competences, original.Competences))
                diagnostics.Warning("CL0137", $"competences differ from the original ({original.Language}); the original's are used", version.Competences[0].Location);
            if (authors && !SameIds(version.Authors, original.Authors))
                diagnostics.Warning("CL0137", $"authors differ from the original ({original.Language}); the original's are used", version.Authors[0].Location);
        }
    }

    private static bool SameIds(IReadOnlyList<Reference> a, IReadOnlyList<Reference> b) =>
        a.Select(r => r.Id).Order(StringComparer.Ordinal).SequenceEqual(b.Select(r => r.Id).Order(StringComparer.Ordinal));

    private static void CheckCountry(Reference country, DiagnosticBag diagnostics)
    {
        if (CountryCodes.IsAssigned(country.Id)) return;
        var upper = country.Id.ToUpperInvariant();
        var hint = CountryCodes.IsAssigned(upper) ? $" (did you mean '{upper}'?)"
            : upper == "UK" ? " (did you mean 'GB'?)"
            : upper == "EL" ? " (did you mean 'GR'?)"
            : "";
        diagnostics.Error("CL0131", $"'{country.Id}' is not an ISO 3166-1 alpha-2 country code{hint}", country.Location);
    }

    private const int MaxHintsPerList = 10;

    /// <summary>A zero-width or non-breaking space (or another format character) that cannot be seen in an id.</summary>
    private static bool IsInvisible(char c) =>
        c != ' ' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.SpaceSeparator;

    private static void CheckIds(IReadOnlyList<Reference> references, HashSet<string> known, string what, string file, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var hints = 0;
        foreach (var reference in references)
        {
            if (reference.Id == Contract.Placeholders.PersonId) continue; // reported by the parser (CL0170)
            if (!known.Contains(reference.Id))
            {
                // A hint compares the id with every known id: only the first few unknown ids of a list get one.
                if (Array.FindIndex(reference.Id.ToCharArray(), IsInvisible) is var hidden and >= 0)
                {
                    var visible = new string(reference.Id.Where(c => !IsInvisible(c)).ToArray());
                    diagnostics.Error(what == "competence" ? "CL0132" : "CL0133", $"unknown {what} '{visible}': the id contains an invisible character (U+{(int)reference.Id[hidden]:X4}, often pasted from a web page or a document) after '{reference.Id[..hidden]}': delete the id and type it again", reference.Location);
                    continue;
                }
                var words = reference.Id.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var hint = words.Length > 1 && words.All(known.Contains)
                    ? $": these are {words.Length} ids without commas between them; separate them with commas, for example [{string.Join(", ", words)}]"
                    : hints++ < MaxHintsPerList ? Suggestions.Hint(reference.Id, known) : "";
                diagnostics.Error(what == "competence" ? "CL0132" : "CL0133", (hint.StartsWith(':') ? $"unknown {what} '{reference.Id}'{hint}" : $"unknown {what} '{reference.Id}': it is not in {file}{hint}"), reference.Location);
            }
            else if (!seen.Add(reference.Id))
                diagnostics.Warning("CL0138", $"{what} '{reference.Id}' is listed twice", reference.Location);
        }
    }
}
