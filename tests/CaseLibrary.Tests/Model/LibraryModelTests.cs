using CaseLibrary.Configuration;
using CaseLibrary.Content;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Model;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Model;

/// <summary>Model level: counts, originals, translations and fallbacks of the tiny fixture library.</summary>
public sealed class LibraryModelTests
{
    /// <summary>The stages up to the model, called on their own (no theme, render, search or check).</summary>
    private static LibraryModel Tiny()
    {
        var diagnostics = new DiagnosticBag();
        var sources = new LoadStage(new SourceReader(RepoPaths.Root, diagnostics), diagnostics).Run(new LoadRequest(Path.Combine(RepoPaths.Fixture("tiny"), "cases")));
        var config = new ConfigureStage(null, diagnostics).Run(sources);
        Assert.NotNull(config);
        var model = new ModelStage(config, drafts: false, diagnostics).Run(new ParseStage(config, diagnostics).Run(sources));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return model;
    }

    [Fact]
    public void Cases_are_grouped_by_folder_and_sorted_newest_first()
    {
        var model = Tiny();
        Assert.Equal(["alpha-case", "beta-case", "gamma-case"], model.Cases.Select(c => c.Id));
        Assert.Equal(["en", "it"], model.Config.Languages);
        Assert.Equal(["GB", "IE", "IT"], model.Countries);
        Assert.Equal(2, model.Competences.Count);
        Assert.Equal(["ann-smith", "luca-rossi"], model.Authors.Select(a => a.Id));
    }

    [Fact]
    public void The_original_is_the_version_without_translators()
    {
        var model = Tiny();
        var alpha = model.Cases.Single(c => c.Id == "alpha-case");
        Assert.Equal(["en", "it"], alpha.Languages);
        Assert.Equal("en", alpha.Original.Language);
        Assert.True(alpha.In("it")!.IsTranslation);
        Assert.Equal(["luca-rossi"], alpha.In("it")!.Translators.Select(t => t.Id));
        Assert.Equal("it", model.Cases.Single(c => c.Id == "gamma-case").Original.Language);
    }

    [Fact]
    public void A_missing_language_falls_back_to_the_default_language_then_the_original()
    {
        var model = Tiny();
        var beta = model.Cases.Single(c => c.Id == "beta-case");
        Assert.Null(beta.In("it"));
        Assert.Equal("en", beta.For("it", "en").Language);
        var gamma = model.Cases.Single(c => c.Id == "gamma-case");
        Assert.Equal("it", gamma.For("en", "en").Language);
    }

    [Fact]
    public void Taxonomies_count_per_language_neutral_id()
    {
        var model = Tiny();
        Assert.Equal(["alpha-case", "gamma-case"], model.CasesWithCompetence("listening").Select(c => c.Id));
        Assert.Equal(["alpha-case", "beta-case"], model.CasesWithCompetence("networking").Select(c => c.Id));
        Assert.Equal(["alpha-case", "beta-case", "gamma-case"], model.CasesBy("luca-rossi").Select(c => c.Id));
        Assert.Equal(["alpha-case", "gamma-case"], model.CasesIn("it").Select(c => c.Id));
        Assert.Equal(["beta-case"], model.CasesFrom("GB").Select(c => c.Id));
    }

    [Fact]
    public void Markdown_body_is_converted_once_with_headings_and_plain_text()
    {
        var alpha = Tiny().Cases.Single(c => c.Id == "alpha-case").In("en")!;
        Assert.Equal(["context", "outcome"], alpha.Body.Headings.Select(h => h.Id));
        Assert.Contains("<table>", alpha.Body.Html);
        Assert.Contains("footnote", alpha.Body.Html);
        Assert.Contains("&ndash;", alpha.Body.Html);
        Assert.All(alpha.Body.Sections, section => Assert.DoesNotContain("<", section.Text));
        Assert.Contains(alpha.Body.Sections, section => section.Text.Contains('–')); // &ndash; decoded in the plain text
        Assert.InRange(alpha.Body.WordCount, 30, 60);
    }
}
