using CaseLibrary.Search;
using Xunit;

namespace CaseLibrary.Tests.Search;

public sealed class BuilderContractTests
{
    private static readonly LanguagePipeline English =
        LanguagePipeline.Create("en", new LunrScripts("", "", new Dictionary<string, string>()));

    [Fact]
    public void SmallIndexHasLunrsShape()
    {
        string json = new LunrIndexBuilder().BuildJson(English, [new SearchField("title", 10)], [new SearchDocument("1", ["Running"])]);
        Assert.Equal(
            "{\"version\":\"2.3.9\",\"fields\":[\"title\"],\"fieldVectors\":[[\"title/1\",[0,2.877]]],"
            + "\"invertedIndex\":[[\"run\",{\"_index\":0,\"title\":{\"1\":{}}}]],"
            + "\"pipeline\":[\"caselibFold\",\"stemmer\",\"caselibDedupe\"]}",
            json);
    }

    [Fact]
    public void ProgrammingErrorsAreRejected()
    {
        var builder = new LunrIndexBuilder();
        Assert.Throws<ArgumentException>(() => builder.BuildJson(English, [new("a/b")], []));
        Assert.Throws<ArgumentException>(() => builder.BuildJson(English, [new("_index")], []));
        Assert.Throws<ArgumentException>(() => builder.BuildJson(English, [new("t"), new("t")], []));
        Assert.Throws<ArgumentException>(() => builder.BuildJson(English, [new("t")], [new("1", ["x"]), new("1", ["y"])]));
        Assert.Throws<ArgumentException>(() => builder.BuildJson(English, [new("t")], [new("1", ["x", "y"])]));
    }

    [Fact]
    public void UnsupportedLanguageIsRejected() =>
        Assert.Throws<NotSupportedException>(() => LanguagePipeline.Create("ja", new LunrScripts("", "", new Dictionary<string, string>())));

    [Fact]
    public void LoaderNamesTheFixWhenPackagesAreMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            CaseLibrary.Loading.LunrScriptsLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-theme-" + Guid.NewGuid()), ["fr"]));
        Assert.Contains("npm ci", error.Message);
    }

    [Fact]
    public void OtherLanguagesTakeTheirPipelinesFromLunrLanguages()
    {
        LanguagePipeline french = LunrTestEnvironment.Instance.Pipeline("fr");
        Assert.Equal(["trimmer-fr", "stopWordFilter-fr", "accentFold-fr", "caselibFold", "stemmer-fr", "caselibDedupe"], french.IndexPipeline);
        Assert.Equal(["trimmer-fr", "accentFold-fr", "caselibFold", "stemmer-fr", "caselibDedupe"], french.SearchPipeline);
        Assert.Equal(["trimmer-fi", "stopWordFilter-fi", "caselibFold", "stemmer-fi", "caselibDedupe"], LunrTestEnvironment.Instance.Pipeline("fi").IndexPipeline);
    }
}
