using CaseLibrary.Configuration;
using CaseLibrary.Content;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Markdown;
using CaseLibrary.Model;

namespace CaseLibrary.Scaffolding;

/// <summary>
/// Decides what <c>caselib new</c> creates, from the library as loaded: checks the case id and languages against
/// library.yaml (with "did you mean" hints), refuses to replace an existing version, reads the original of a
/// translation through the parser. Pure: no disk.
/// </summary>
public static class CaseScaffolder
{
    public static ScaffoldedFile? Scaffold(NewCaseRequest request, LibrarySources library, DateOnly today, DiagnosticBag diagnostics)
    {
        var config = SiteConfigParser.Parse(library.Library, null, diagnostics);
        var competences = DataFileParser.ParseCompetences(library.Competences, config?.Languages ?? [], diagnostics);
        var authors = DataFileParser.ParseAuthors(library.Authors, config?.Languages ?? [], diagnostics);
        if (config is null || diagnostics.HasErrors) return null;

        if (LanguageProblem(request.Language, "--lang", config) is { } languageProblem) return ScaffoldedFile.Refused(languageProblem);
        var folder = library.Cases.FirstOrDefault(c => c.Id == request.CaseId);
        var path = $"{request.CaseId}/{request.Language}.md";
        if (folder?.Versions.FirstOrDefault(v => v.Language == request.Language) is { } existing)
        {
            diagnostics.Error("CL0701", "this file already exists; 'caselib new' never replaces a file", SourceLocation.StartOf(existing.File.Path));
            return null;
        }

        if (request.TranslationOf is null)
        {
            if (folder is { Versions.Count: > 0 })
                return ScaffoldedFile.Refused($"case '{request.CaseId}' already exists in {string.Join(", ", folder.Versions.Select(v => v.Language))}; " +
                    $"to add a translation run: {request.Invocation} new {request.CaseId} --translation-of {folder.Versions[0].Language} --lang {request.Language}{request.Folders}");
            if (competences.Count == 0 || authors.Count == 0)
                return ScaffoldedFile.Refused("competences.yaml and authors.yaml need at least one entry each before a case can name them");
            var author = authors[0];
            var examples = new ScaffoldExamples(
                competences.Take(2).Select(c => c.Id).ToList(), author.Id,
                author.Country?.Id is { } country && CountryCodes.IsAssigned(country) ? country : "IE", config.Licence);
            return new ScaffoldedFile(path, CaseScaffold.Original(examples, today, request.Invocation, request.Language), null);
        }

        if (LanguageProblem(request.TranslationOf, "--translation-of", config) is { } originalProblem) return ScaffoldedFile.Refused(originalProblem);
        if (request.TranslationOf == request.Language) return ScaffoldedFile.Refused("--translation-of and --lang must be different languages");
        if (folder is null)
            return ScaffoldedFile.Refused($"there is no case '{request.CaseId}' to translate{Suggestions.Hint(request.CaseId, library.Cases.Select(c => c.Id))}");
        var source = folder.Versions.FirstOrDefault(v => v.Language == request.TranslationOf);
        if (source is null)
            return ScaffoldedFile.Refused($"case '{request.CaseId}' has no '{request.TranslationOf}' version to translate; it has {string.Join(", ", folder.Versions.Select(v => v.Language))}");

        var parser = new CaseDocumentParser(new MarkdownConverter(new MarkdownPipelines(config.Languages)));
        var original = parser.Parse(folder.Id, source, diagnostics);
        var split = FrontMatterSplitter.Split(source.File, new DiagnosticBag());
        if (original is null || split is null || diagnostics.HasErrors) return null;
        // Translating from a translation: the file names the case's original too, and takes its licence.
        var first = original.IsTranslation
            ? folder.Versions.Where(v => v != source).Select(v => parser.Parse(folder.Id, v, new DiagnosticBag())).FirstOrDefault(v => v is { IsTranslation: false })
            : null;
        return new ScaffoldedFile(path, CaseScaffold.Translation(original, source.File.Path, split.Body, today, request.Invocation, first), null);
    }

    private static string? LanguageProblem(string language, string option, SiteConfig config)
    {
        if (config.Languages.Contains(language)) return null;
        var known = LanguageInfo.Find(language) is not null
            ? "; add it to languages in library.yaml first"
            : Suggestions.Hint(language, config.Languages);
        return $"{option} '{language}' is not one of the library's languages ({string.Join(", ", config.Languages)}){known}";
    }
}
