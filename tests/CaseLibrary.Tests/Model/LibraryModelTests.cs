using CaseLibrary.Build;
using CaseLibrary.Model;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Model;

/// <summary>Model level: counts, originals, translations and fallbacks of the tiny fixture library.</summary>
public sealed class LibraryModelTests
{
    private static LibraryModel Tiny()
    {
        var result = new BuildPipeline().Run(new BuildOptions(Path.Combine(RepoPaths.Fixture("tiny"), "cases"), RepoPaths.Theme, "unused", DisplayRoot: RepoPaths.Root), write: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Model!;
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
        Assert.DoesNotContain("<", alpha.Body.PlainText);
        Assert.InRange(alpha.Body.WordCount, 30, 60);
    }
}
