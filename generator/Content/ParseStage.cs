using CaseLibrary.Configuration;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Markdown;

namespace CaseLibrary.Content;

/// <summary>
/// The parse stage: the data files and every case version and teaching notes (front matter and Markdown; versions in
/// parallel, in order) into a <see cref="ParsedLibrary"/>. <c>serve</c> passes a <see cref="ParseCache"/> so that an
/// unchanged file is not parsed again.
/// </summary>
public sealed class ParseStage(SiteConfig config, DiagnosticBag diagnostics, ParseCache? cache = null)
{
    public ParsedLibrary Run(LibrarySources content)
    {
        IReadOnlyCollection<string> languages = [.. config.Languages, .. config.MeantLanguages];
        var competences = DataFileParser.ParseCompetences(content.Competences, languages, diagnostics, out var declaredCompetences);
        var authors = DataFileParser.ParseAuthors(content.Authors, languages, diagnostics, out var declaredAuthors);
        var markdown = new MarkdownConverter(new MarkdownPipelines(config.Languages));
        var parser = new CaseDocumentParser(markdown);
        var notesParser = new TeachingNotesParser(markdown);
        var cases = content.Cases
            .AsParallel().AsOrdered()
            .Select(folder => new ParsedCase(
                folder.Id,
                folder.Versions.Select(v => v.Language).Concat(folder.RefusedLanguages).Distinct(StringComparer.Ordinal).ToList(),
                folder.Assets,
                folder.Versions
                    .Select(version => cache is null
                        ? parser.Parse(folder.Id, version, diagnostics)
                        : cache.Parse(folder.Id, version, diagnostics, own => parser.Parse(folder.Id, version, own)))
                    .OfType<CaseDocument>()
                    .ToList(),
                folder.Versions.Concat(folder.Notes).Select(source => source.File.Path).ToList()) { MisplacedCases = folder.MisplacedCases, HasRefusedFile = folder.HasRefusedFile })
            .ToList();
        var notes = content.Cases
            .SelectMany(folder => folder.Notes.Select(source => notesParser.Parse(folder.Id, source, diagnostics)))
            .OfType<TeachingNotes>()
            .ToList();
        return new ParsedLibrary(competences, authors, cases, notes, declaredCompetences, declaredAuthors);
    }
}
