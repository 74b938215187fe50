namespace CaseLibrary.Content;

/// <summary>
/// A line meant as the '---' that opens or closes a front matter but typed otherwise: a long dash '—' (a word processor's
/// autocorrect of '---'), '–', '----', '- - -'. Only dash-like characters and spaces, from the start of the line; a single
/// hyphen is a YAML list item and is left to YAML.
/// </summary>
public static class MistypedDashLine
{
    /// <summary>Hyphen, Unicode hyphens and dashes, minus signs, full-width hyphen.</summary>
    private const string Dashes = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

    /// <summary>What the line is in plain words ("a long dash (—)", "4 hyphens"), or null when it is no mistyped '---'.</summary>
    public static string? Describe(string line)
    {
        var text = line.TrimEnd();
        if (text.Length == 0 || !Dashes.Contains(text[0]) || text == "---") return null;
        if (!text.All(c => c is ' ' or '\t' || Dashes.Contains(c))) return null;
        var dashes = text.Count(c => Dashes.Contains(c));
        if (text.Any(c => c is '\u2014' or '\u2015')) return dashes == 1 ? "a long dash (—)" : "long dashes (—)";
        if (text.Any(c => c != '-' && Dashes.Contains(c))) return dashes == 1 ? $"a dash ({text.First(c => c != '-')}) that is not a hyphen" : "dashes that are not hyphens";
        if (dashes < 2) return null; // '-' alone: a list item without a value
        if (text.Any(c => c is ' ' or '\t')) return "hyphens with spaces between them";
        return $"{Count(dashes)} hyphens";
    }

    /// <summary>The message for a mistyped opening or closing line (<paramref name="purpose"/> "open" or "close").</summary>
    public static string Message(string description, string purpose) =>
        $"this line should be exactly three hyphens '---' to {purpose} the front matter, but it is {description}: replace the line with ---"
        + (description.Contains("dash", StringComparison.Ordinal)
            ? " (three hyphens typed on the keyboard; a word processor may turn them into a long dash again, so edit the file in a plain text editor)"
            : "");

    private static string Count(int n) => n switch { 2 => "two", 4 => "four", 5 => "five", 6 => "six", _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
