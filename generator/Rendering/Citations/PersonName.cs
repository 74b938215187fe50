namespace CaseLibrary.Rendering.Citations;

/// <summary>
/// A person's name split for citations: family name and given names. Lower-case particles before the last word
/// ("de", "van der") belong to the family name, as in "Jan de Vries" → family "de Vries".
/// </summary>
public sealed record PersonName(string Given, string Family, string Full)
{
    public static PersonName Parse(string name)
    {
        var full = Citation.Clean(name);
        var words = full.Split(' ');
        if (words.Length == 1) return new PersonName("", full, full);
        var familyStart = words.Length - 1;
        while (familyStart > 1 && words[familyStart - 1].Length > 0 && char.IsLower(words[familyStart - 1][0])) familyStart--;
        return new PersonName(string.Join(' ', words[..familyStart]), string.Join(' ', words[familyStart..]), full);
    }

    /// <summary>"Family, Given" (or the family name alone).</summary>
    public string Inverted => Given.Length == 0 ? Family : $"{Family}, {Given}";

    /// <summary>"A." for "Aoife", "J.-P." for "Jean-Pierre", "M. A." for "Mary Anne"; quotes and brackets are skipped.</summary>
    public string Initials => string.Join(' ', Given.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(word => string.Join('-', word.Split('-').Select(FirstLetter).Where(l => l.Length > 0).Select(l => l + ".")))
        .Where(w => w.Length > 0));

    private static string FirstLetter(string part) =>
        part.EnumerateRunes().FirstOrDefault(System.Text.Rune.IsLetter) is var rune && rune.Value != 0 ? rune.ToString() : "";
}
