using CaseLibrary.Search;
using Xunit;
using Xunit.Abstractions;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// The build stems in Node (<see cref="NodeScriptHost"/>, batched) and falls back to Jint when Node is missing:
/// both must give every word the same index and search terms, whether primed in one batch or asked word by word.
/// </summary>
public sealed class ScriptHostAgreementTests(ITestOutputHelper output)
{
    private static LunrTestEnvironment Env => LunrTestEnvironment.Instance;

    public static IEnumerable<object[]> NonEnglish =>
        LanguagePipeline.SupportedLanguages.Where(l => l != "en").Select(l => new object[] { l });

    [Theory]
    [MemberData(nameof(NonEnglish))]
    public void NodeAndJintHostsGiveTheSameTerms(string language)
    {
        string[] words = CaseFiles.Texts(Env.RepoRoot, language)
            .SelectMany(text => LunrTokenizer.Tokenize(text))
            .Concat(SyntheticDocuments.WordsFor(language).SelectMany(w => LunrTokenizer.Tokenize(w)))
            .Concat(["", "'", "l'équipe", "straße", "\u0130stanbul", "😀", "a\u0301", "käyttäjä", "città"])
            .Distinct(StringComparer.Ordinal).ToArray();
        using var node = NodeScriptHost.TryStart(Env.Scripts, TestPrograms.Node);
        Assert.NotNull(node);
        using var jint = new JintScriptHost(Env.Scripts);
        var batched = LanguagePipeline.Create(language, node);
        batched.Prime(words);
        var oneByOne = LanguagePipeline.Create(language, jint);

        Assert.Equal(oneByOne.IndexPipeline, batched.IndexPipeline);
        Assert.Equal(oneByOne.SearchPipeline, batched.SearchPipeline);
        var mismatches = words
            .Where(w => !batched.IndexTerms(w).SequenceEqual(oneByOne.IndexTerms(w)) || !batched.SearchTerms(w).SequenceEqual(oneByOne.SearchTerms(w)))
            .Take(10).ToList();
        output.WriteLine($"{language}: {words.Length} distinct words");
        Assert.True(words.Length > 500, "too few words to compare");
        Assert.Empty(mismatches);
    }

    [Fact]
    public void NodeHostReportsScriptErrorsInsteadOfHanging()
    {
        using var node = NodeScriptHost.TryStart(Env.Scripts, TestPrograms.Node);
        Assert.NotNull(node);
        var error = Assert.Throws<InvalidOperationException>(() => node.Run("fr", ["noSuchFunction"], ["mot"]));
        Assert.Contains("noSuchFunction", error.Message);
        // The host still answers after an error.
        Assert.Equal(["mot"], node.Run("fr", ["stemmer-fr"], ["mots"])[0]);
    }
}
