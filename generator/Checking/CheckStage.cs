using CaseLibrary.Configuration;
using CaseLibrary.Diagnostics;
using CaseLibrary.Model;

namespace CaseLibrary.Checking;

/// <summary>
/// The check stage: the model's case-link problems, then every link and anchor of the made site against the files and
/// ids it has (<see cref="LinkChecker"/>), each broken one reported where its source wrote it.
/// </summary>
public sealed class CheckStage(SiteConfig config, DiagnosticBag diagnostics)
{
    public void Run(CheckInput input)
    {
        diagnostics.AddRange(input.Model.LinkDiagnostics);
        new LinkChecker(config, LinkSourcesOf(input), input.Incomplete).Check(input.Links, diagnostics, input.PromisedPdfs);
    }

    /// <summary>Where each case body, teaching notes and template writes each address, as their parsers recorded it.</summary>
    private static LinkSources LinkSourcesOf(CheckInput input)
    {
        var sources = new LinkSources();
        foreach (var study in input.Model.Cases)
        {
            foreach (var version in study.Versions) sources.Add(version.SourcePath, version.Body.Links);
            foreach (var notes in study.Notes) sources.Add(notes.SourcePath, notes.Body.Links);
        }
        foreach (var template in input.Templates.Values) sources.Add(template.Path, TemplateLinks.Read(template));
        return sources;
    }
}
