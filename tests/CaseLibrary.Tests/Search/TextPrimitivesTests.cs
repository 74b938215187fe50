using CaseLibrary.Search;
using Xunit;

namespace CaseLibrary.Tests.Search;

public sealed class TextPrimitivesTests
{
    [Fact]
    public void TokenizerLowercasesAndSplitsOnWhiteSpaceAndHyphens()
    {
        Assert.Equal(["co", "op", "état", "x\u0085y", "a", "b"], LunrTokenizer.Tokenize("Co-op\t\u00A0État--x\u0085y\u2028a\uFEFFb -"));
        Assert.Empty(LunrTokenizer.Tokenize(null));
        Assert.Empty(LunrTokenizer.Tokenize(" - "));
    }

    [Theory]
    [InlineData("İstanbul", "i\u0307stanbul")]
    [InlineData("ΟΔΥΣΣΕΥΣ", "οδυσσευς")]
    [InlineData("ΣΑΣ.", "σας.")]
    [InlineData("Σ", "σ")]
    [InlineData("AΣ\u0301B", "aσ\u0301b")]
    [InlineData("ÉTÉ 😀 \ud800", "été 😀 \ud800")]
    [InlineData("plain ascii", "plain ascii")]
    public void LowerCaseFollowsJavaScript(string text, string lower) => Assert.Equal(lower, JsCasing.ToLowerCase(text));

    [Theory]
    [InlineData("équipement", "equipement"), InlineData("käyttäjä", "kayttaja"), InlineData("città", "citta")]
    [InlineData("straße", "strasse"), InlineData("œuvre", "oeuvre"), InlineData("i\u0307stanbul", "istanbul")]
    [InlineData("e\u0301te\u0301", "ete"), InlineData("łódź", "lodz"), InlineData("ΣΑΣ", "ΣΑΣ"), InlineData("東京", "東京")]
    public void FoldMapsLatinLettersToTheirBase(string text, string folded) => Assert.Equal(folded, AccentFolding.Fold(text));

    [Fact]
    public void FoldStepKeepsTheOriginalAndAddsTheFoldedCopy()
    {
        var output = new List<string>();
        new FoldStep().Run(["città", "roma"], output);
        Assert.Equal(["città", "citta", "roma"], output);
        var deduped = new List<string>();
        new DedupeStep().Run(["citt", "citt"], deduped);
        Assert.Equal(["citt"], deduped);
    }

    [Theory]
    [InlineData(1.5, "1.5"), InlineData(0.001, "0.001"), InlineData(3.0, "3"), InlineData(0.0, "0"), InlineData(-0.0, "0")]
    [InlineData(1e21, "1e+21"), InlineData(1e20, "100000000000000000000"), InlineData(1e-7, "1e-7"), InlineData(0.000001, "0.000001")]
    [InlineData(-12.345, "-12.345"), InlineData(double.NaN, "null"), InlineData(double.PositiveInfinity, "null"), InlineData(0.30000000000000004, "0.30000000000000004")]
    public void NumbersAreWrittenAsJsonStringifyWritesThem(double value, string json) => Assert.Equal(json, JsNumber.ToJson(value));

    [Theory]
    [InlineData(0.49999999999999994, 0), InlineData(0.5, 1), InlineData(2.5, 3), InlineData(-2.5, -2), InlineData(-0.6, -1), InlineData(1234.4999, 1234)]
    public void RoundIsJavaScriptsMathRound(double value, double rounded) => Assert.Equal(rounded, JsMath.Round(value));

    [Fact]
    public void LogUsesFdlibmConstantsAndIsExactWhereItMustBe()
    {
        // The decimal constants must be the intended doubles (fdlibm gives them in hex).
        Assert.Equal(0x3FE62E42FEE00000, BitConverter.DoubleToInt64Bits(6.93147180369123816490e-01));
        Assert.Equal(0x3DEA39EF35793C76, BitConverter.DoubleToInt64Bits(1.90821492927058770002e-10));
        Assert.Equal(0x3FE5555555555593, BitConverter.DoubleToInt64Bits(6.666666666666735130e-01));
        Assert.Equal(0x3FC2F112DF3E5244, BitConverter.DoubleToInt64Bits(1.479819860511658591e-01));
        Assert.Equal(0.0, JsMath.Log(1));
        Assert.Equal(double.NegativeInfinity, JsMath.Log(0));
        Assert.True(double.IsNaN(JsMath.Log(-1)));
        Assert.Equal(Math.Log(2), JsMath.Log(2));
    }

    [Fact]
    public void JsonStringsEscapeOnlyWhatJsonStringifyEscapes()
    {
        var sb = new System.Text.StringBuilder();
        JsJson.AppendString(sb, "a\"\\\b\f\n\r\t\u0001\u007f\u2028é😀\ud800/");
        Assert.Equal("\"a\\\"\\\\\\b\\f\\n\\r\\t\\u0001\u007f\u2028é😀\\ud800/\"", sb.ToString());
    }

    [Fact]
    public void ObjectKeysPutArrayIndexesFirst()
    {
        Assert.Equal(["0", "2", "10", "4294967294", "b", "4294967295", "01", "-1", "1.5", "_index"],
            JsPropertyOrder.Order(["b", "10", "4294967295", "01", "2", "-1", "0", "1.5", "4294967294", "_index"]));
    }
}
