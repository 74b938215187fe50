using System.Globalization;
using System.Text.Json;
using CaseLibrary.Search;
using Xunit;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// The JavaScript semantics the builder reproduces, compared with V8 itself
/// (tests/lunr-reference/js-probes.js) over many inputs or every code point.
/// </summary>
public sealed class JsSemanticsDifferentialTests
{
    private static LunrTestEnvironment Env => LunrTestEnvironment.Instance;

    [Fact]
    public void LogMatchesV8BitForBit()
    {
        var inputs = new List<double>();
        // Every idf argument of an index with up to 400 documents and 3 fields...
        for (int n = 0; n <= 400; n++)
        {
            for (int d = 1; d <= 3 * Math.Max(n, 1); d++) inputs.Add(1 + Math.Abs((n - d + 0.5) / (d + 0.5)));
        }
        // ...and doubles spread over the whole range, subnormals and specials.
        var random = new Random(7);
        for (int i = 0; i < 20000; i++) inputs.Add(BitConverter.Int64BitsToDouble(random.NextInt64(0, 0x7FF0000000000000)));
        for (int i = 0; i < 20000; i++) inputs.Add(0.5 + 3 * random.NextDouble());
        inputs.AddRange([0, -0.0, -1, 1, 2, Math.E, double.Epsilon, double.MaxValue, double.PositiveInfinity, double.NaN, 1 + 1e-7, 1 - 1e-7]);

        string[] expected = Probe("log", inputs);
        var mismatches = new List<string>();
        int netDiffers = 0;
        for (int i = 0; i < inputs.Count; i++)
        {
            if (!SameDouble(JsMath.Log(inputs[i]), expected[i])) mismatches.Add(inputs[i].ToString("R", CultureInfo.InvariantCulture));
            if (!SameDouble(Math.Log(inputs[i]), expected[i])) netDiffers++;
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {inputs.Count} differ, e.g. {string.Join(", ", mismatches.Take(5))}");
        // The port exists because .NET's Math.Log does not agree; keep the reason visible.
        Assert.True(netDiffers > 0, "Math.Log agrees with V8 everywhere; JsMath.Log may no longer be needed.");
    }

    [Fact]
    public void NumberFormattingMatchesJsonStringify()
    {
        var inputs = new List<double> { 0, -0.0, 1, -1, 1.5, 0.001, 0.1 + 0.2, 1e21, 1e-7, 1e-6, 123e-9, 1e20, 1.2345678901234568e20, 2.5e-5, 5e-324, double.MaxValue, -1e-7, 100, 1e15, 1e16, 0.000001234, double.NaN };
        var random = new Random(11);
        for (int i = 0; i < 5000; i++) inputs.Add(JsMath.Round(random.NextDouble() * 40000) / 1000);
        for (int i = 0; i < 5000; i++) inputs.Add(BitConverter.Int64BitsToDouble(random.NextInt64(0, 0x7FF0000000000000)));
        for (int i = 0; i < 2000; i++) inputs.Add(Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-10, 25)), random.Next(0, 8)));

        string[] expected = Probe("number", inputs);
        for (int i = 0; i < inputs.Count; i++)
        {
            Assert.True(expected[i] == JsNumber.ToJson(inputs[i]), $"{Bits(inputs[i])}: expected {expected[i]}, got {JsNumber.ToJson(inputs[i])}");
        }
    }

    [Fact]
    public void LowerCaseMatchesV8ForEveryCodePoint()
    {
        var expected = JsonSerializer.Deserialize<string[]>(Env.RunReference("js-probes.js", "{\"probe\":\"lower\"}"))!;
        var actual = new List<string>();
        ForEachCodePoint((s, cp) =>
        {
            string lower = JsCasing.ToLowerCase(s);
            if (lower != s) actual.Add($"{cp:x} {Units(lower)}");
        });
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void FinalSigmaContextMatchesV8ForEveryCodePoint()
    {
        var expected = JsonSerializer.Deserialize<string[]>(Env.RunReference("js-probes.js", "{\"probe\":\"sigma\"}"))!;
        var actual = new List<string>();
        ForEachCodePoint((s, cp) =>
        {
            bool cased = JsCasing.ToLowerCase(s + "Σ").EndsWith('ς');
            bool either = JsCasing.ToLowerCase("A" + s + "Σ").EndsWith('ς');
            if (cased || either) actual.Add($"{cp:x} {(cased ? "c" : "i")}");
        });
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void TokenSeparatorsMatchLunrForEveryBmpCharacter()
    {
        var expected = JsonSerializer.Deserialize<string[]>(Env.RunReference("js-probes.js", "{\"probe\":\"separator\"}"))!;
        var actual = Enumerable.Range(0, 0x10000).Where(c => LunrTokenizer.IsSeparator((char)c)).Select(c => c.ToString("x", CultureInfo.InvariantCulture));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void FoldMatchesSearchFoldJsForEveryBmpCharacter()
    {
        var expected = JsonSerializer.Deserialize<string[]>(Env.RunReference("js-probes.js", "{\"probe\":\"fold\"}"))!;
        var actual = new List<string>();
        for (int c = 0; c <= 0xFFFF; c++)
        {
            string s = ((char)c).ToString();
            string folded = AccentFolding.Fold(s);
            if (folded != s) actual.Add($"{c:x} {Units(folded)}");
        }
        Assert.Equal(expected, actual);
    }

    private static string[] Probe(string probe, IEnumerable<double> values) =>
        JsonSerializer.Deserialize<string[]>(Env.RunReference("js-probes.js",
            "{\"probe\":\"" + probe + "\",\"values\":" + JsonText.Strings(values.Select(Bits)) + "}"))!;

    // Bit for bit, except that every NaN is the same NaN to JavaScript.
    private static bool SameDouble(double value, string expectedBits) =>
        Bits(value) == expectedBits
        || (double.IsNaN(value) && double.IsNaN(BitConverter.Int64BitsToDouble(long.Parse(expectedBits, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));

    private static string Bits(double value) => BitConverter.DoubleToInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture);

    private static string Units(string s) => string.Join(",", s.Select(c => ((int)c).ToString("x", CultureInfo.InvariantCulture)));

    private static void ForEachCodePoint(Action<string, int> action)
    {
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF) continue;
            action(char.ConvertFromUtf32(cp), cp);
        }
    }
}
