using CaseLibrary.Search;
using Xunit;

namespace CaseLibrary.Tests.Search;

public sealed class EnglishPipelineTests
{
    // Porter's own examples plus lunr's quirks ("sky" → "ski", "ies" → "ie", "eed" → "e"),
    // all as lunr 2.3.9 stems them.
    [Theory]
    [InlineData("caresses", "caress"), InlineData("ponies", "poni"), InlineData("ties", "ti"), InlineData("caress", "caress")]
    [InlineData("cats", "cat"), InlineData("feed", "feed"), InlineData("agreed", "agre"), InlineData("plastered", "plaster")]
    [InlineData("bled", "bled"), InlineData("motoring", "motor"), InlineData("sing", "sing"), InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl"), InlineData("sized", "size"), InlineData("hopping", "hop"), InlineData("tanned", "tan")]
    [InlineData("falling", "fall"), InlineData("hissing", "hiss"), InlineData("fizzed", "fizz"), InlineData("failing", "fail")]
    [InlineData("filing", "file"), InlineData("happy", "happi"), InlineData("sky", "ski"), InlineData("relational", "relat")]
    [InlineData("conditional", "condit"), InlineData("rational", "ration"), InlineData("valenci", "valenc"), InlineData("hesitanci", "hesit")]
    [InlineData("digitizer", "digit"), InlineData("radicalli", "radic"), InlineData("vietnamization", "vietnam"), InlineData("operator", "oper")]
    [InlineData("decisiveness", "decis"), InlineData("hopefulness", "hope"), InlineData("sensibiliti", "sensibl"), InlineData("formative", "form")]
    [InlineData("electrical", "electr"), InlineData("goodness", "good"), InlineData("revival", "reviv"), InlineData("allowance", "allow")]
    [InlineData("airliner", "airlin"), InlineData("gyroscopic", "gyroscop"), InlineData("replacement", "replac"), InlineData("adoption", "adopt")]
    [InlineData("homologous", "homolog"), InlineData("effective", "effect"), InlineData("bowdlerize", "bowdler"), InlineData("probate", "probat")]
    [InlineData("rate", "rate"), InlineData("cease", "ceas"), InlineData("controll", "control"), InlineData("roll", "roll")]
    [InlineData("yelling", "yell"), InlineData("yes", "ye"), InlineData("ies", "ie"), InlineData("generalizations", "gener")]
    [InlineData("lying", "ly"), InlineData("eed", "e"), InlineData("by", "by"), InlineData("équipement", "équipement")]
    public void PorterStemmerStemsLikeLunr(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("the", true), InlineData("however", true), InlineData("your", true), InlineData("guidance", false)]
    [InlineData("constructor", false), InlineData("__proto__", false), InlineData("The", false)]
    public void StopWordsAreLunrsEnglishList(string word, bool isStopWord) => Assert.Equal(isStopWord, EnglishStopWordFilter.IsStopWord(word));

    [Theory]
    [InlineData("...hello!", "hello"), InlineData("_x_", "_x_"), InlineData("équipe", "quipe"), InlineData("café", "caf")]
    [InlineData("«quoted»", "quoted"), InlineData("...", ""), InlineData("l'équipe", "l'équipe"), InlineData("2024,", "2024")]
    public void TrimmerKeepsOnlyAsciiWordCharactersAtTheEdges(string token, string trimmed) => Assert.Equal(trimmed, EnglishTrimmer.Trim(token));

    [Fact]
    public void EnglishPipelineFoldsBeforeTheTrimmer()
    {
        LanguagePipeline pipeline = LanguagePipeline.Create("en", new LunrScripts("", "", new Dictionary<string, string>()));
        Assert.Equal(["caselibFold", "trimmer", "stopWordFilter", "stemmer", "caselibDedupe"], pipeline.IndexPipeline);
        Assert.Equal(["caselibFold", "stemmer", "caselibDedupe"], pipeline.SearchPipeline);
        // What plain lunr indexes ("quipement") plus the stem of the folded word.
        Assert.Equal(["quipement", "equip"], pipeline.IndexTerms("équipement"));
        Assert.Equal(["équipement", "equip"], pipeline.SearchTerms("équipement"));
        Assert.Equal(["equip"], pipeline.SearchTerms("equipement"));
        Assert.Empty(pipeline.IndexTerms("the"));
    }
}
