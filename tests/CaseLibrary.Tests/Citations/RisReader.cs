namespace CaseLibrary.Tests.Citations;

/// <summary>A RIS reader for the round-trip tests: every line must be "XX  - value"; repeated tags collect in order.</summary>
public static class RisReader
{
    public static IReadOnlyDictionary<string, List<string>> Parse(string text)
    {
        Assert.EndsWith("ER  - \r\n", text);
        var tags = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var lines = text[..^2].Split("\r\n");
        Assert.Equal("TY  - ELEC", lines[0]);
        foreach (var line in lines)
        {
            Assert.Matches("^[A-Z][A-Z0-9]  - ", line);
            var tag = line[..2];
            if (!tags.TryGetValue(tag, out var values)) tags[tag] = values = new List<string>();
            values.Add(line[6..]);
        }
        Assert.Single(tags["ER"]);
        Assert.Single(tags["TY"]);
        return tags;
    }
}
