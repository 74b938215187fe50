using CaseLibrary.Configuration;
using CaseLibrary.Content;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Model;

/// <summary>The model stage: the parsed library cross-referenced into a <see cref="LibraryModel"/> (<see cref="ModelBuilder"/>).</summary>
/// <param name="drafts">Include draft versions (<c>--drafts</c>, and always for <c>check</c>).</param>
public sealed class ModelStage(SiteConfig config, bool drafts, DiagnosticBag diagnostics)
{
    public LibraryModel Run(ParsedLibrary parsed) =>
        ModelBuilder.Build(config, parsed.Competences, parsed.Authors, parsed.Cases, drafts, diagnostics, parsed.Notes, parsed.DeclaredCompetences, parsed.DeclaredAuthors);

    /// <summary>
    /// Case folders with a version or teaching notes that has an error of its own and so is missing from the model, or
    /// with a file refused by name (Diagram.PNG): a link to their pages or files is not reported as broken as well (the
    /// file's error is the root cause).
    /// </summary>
    public static HashSet<string> Incomplete(ParsedLibrary parsed, LibraryModel model)
    {
        var made = model.Cases.SelectMany(c => c.Versions.Select(v => v.SourcePath).Concat(c.Notes.Select(n => n.SourcePath)))
            .Concat(model.LeftOutDrafts).ToHashSet(StringComparer.Ordinal);
        return parsed.Cases.Where(folder => folder.HasRefusedFile || folder.SourcePaths.Any(path => !made.Contains(path)))
            .Select(folder => folder.Id).ToHashSet(StringComparer.Ordinal);
    }
}
