using CaseLibrary.Search;
using Xunit;
using Xunit.Abstractions;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// The C# index JSON must equal, byte for byte, what lunr builds in Node from the same input
/// (tests/lunr-reference/build-index.js), and so must the index search-pack.js rebuilds from the pack.
/// </summary>
public sealed class IndexDifferentialTests(ITestOutputHelper output)
{
    private static LunrTestEnvironment Env => LunrTestEnvironment.Instance;

    [Theory]
    [MemberData(nameof(LunrTestEnvironment.Languages), MemberType = typeof(LunrTestEnvironment))]
    public void SyntheticDocumentsMatchLunr(string language)
    {
        AssertSameIndex(language, SyntheticDocuments.Fields, SyntheticDocuments.Create(3, seed: 1));
        AssertSameIndex(language, SyntheticDocuments.OddFields, SyntheticDocuments.Create(4, seed: 2));
    }

    [Theory]
    [MemberData(nameof(LunrTestEnvironment.Languages), MemberType = typeof(LunrTestEnvironment))]
    public void LibraryCasesMatchLunr(string language)
    {
        IReadOnlyList<SearchDocument> docs = CaseFiles.Documents(Env.RepoRoot, language);
        if (docs.Count == 0)
        {
            output.WriteLine($"No cases/*/{language}.md in {Env.RepoRoot}: nothing to compare.");
            return;
        }
        output.WriteLine($"{docs.Count} cases in {language}");
        AssertSameIndex(language, CaseFiles.Fields, docs);
    }

    [Fact]
    public void EmptyLibraryMatchesLunr() => AssertSameIndex("en", SyntheticDocuments.Fields, []);

    private void AssertSameIndex(string language, IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> docs)
    {
        string expected = Env.RunReference("build-index.js", JsonText.IndexInput(language, fields, docs));
        BuiltIndex built = new LunrIndexBuilder().Build(Env.Pipeline(language), fields, docs);
        AssertSameText(language, "index JSON", expected, built.Json!);
        // The pack the browser loads, rebuilt by theme/assets/js/search-pack.js, serializes to the same index.
        string rebuilt = Env.RunReference("load-pack.js", $"{{\"language\":\"{language}\",\"pack\":{built.Pack}}}");
        AssertSameText(language, "index rebuilt from the pack", expected, rebuilt);
    }

    private void AssertSameText(string language, string what, string expected, string actual)
    {
        if (actual == expected) return;
        int at = 0;
        while (at < Math.Min(actual.Length, expected.Length) && actual[at] == expected[at]) at++;
        int from = Math.Max(0, at - 200);
        output.WriteLine("expected: …" + expected.Substring(from, Math.Min(400, expected.Length - from)));
        output.WriteLine("actual:   …" + actual.Substring(from, Math.Min(400, actual.Length - from)));
        Assert.Fail($"{language}: {what} differs from lunr's at character {at} (lengths {actual.Length} vs {expected.Length}).");
    }
}
