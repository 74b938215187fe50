namespace CaseLibrary.Yaml;

/// <summary>
/// The indentation slips of <see cref="YamlSyntaxExplainer"/>: which line is out of step with the lines around it
/// (the one the parser stopped at, or the one above that lost its indent), the column to move it to and the line to
/// line it up with; and a key written twice, which is often an entry's id indented into the entry above.
/// </summary>
internal static class YamlIndentation
{
    /// <summary>
    /// A line that is itself well formed but stands in a column where the lines around it say it cannot: say which
    /// line is out of step (this one, or the one above it that lost its indent) and the column to move it to, naming
    /// the line it should line up with.
    /// </summary>
    public static YamlProblem? Explain(string[] lines, int number, string parserMessage)
    {
        var line = lines[number - 1];
        if (YamlSyntaxExplainer.IsBlank(line)) return null;
        var indent = Indent(line);
        var previous = Previous(lines, number);
        if (previous < 1)
        {
            return indent > 0
                ? new("YAML020", "the first line is indented: start it at the beginning of the line, and indent only the lines that belong to an entry above them", number, 1)
                : null;
        }
        var above = lines[previous - 1];
        var aboveIndent = Indent(above);
        var isItem = IsItem(line);
        var (key, hasValue) = KeyOf(line);
        var (aboveKey, aboveHasValue) = KeyOf(above);
        var name = key is null ? "this line" : $"'{key}'";
        var what = key is null ? "it" : $"{key}:";

        // A key in the column of the list items above it: YAML cannot tell where the list ends.
        if (!isItem && key is not null && IsItem(above) && indent >= aboveIndent && Owner(lines, previous) is { } owner)
            return new("YAML020", $"{name} starts in the same column as the list items above it, so it is read as part of that list: start {what} {Column(Indent(lines[owner - 1]))}, like {Named(lines[owner - 1])} (the key the list belongs to)", number, indent + 1);

        if (isItem && IsItem(above) && indent < aboveIndent)
            return new("YAML020", $"this list item starts further left than the item above it, so it belongs to no key: start the '-' {Column(aboveIndent)}, like the '-' of the item above", number, indent + 1);
        if (isItem && indent <= aboveIndent && !above.TrimEnd().EndsWith(':'))
            return new("YAML020", "this list item does not belong to any key: put it under its key (a line ending in ':'), indented by two spaces, or write the list as [first, second]", number, indent + 1);

        // Further in than a line with no ':' (an entry's id without its colon): that line needs one.
        if (indent > aboveIndent && !IsItem(above) && aboveKey is null && !above.Contains(':'))
            return new("YAML023", $"this line has no ':' at its end, so the indented lines under it cannot belong to it: write {above.Trim()}:", previous, aboveIndent + 1);

        // Further in than a line that already has its value: nothing can belong to that line.
        if (indent > aboveIndent && aboveHasValue && !IsItem(above) && aboveKey is not null)
        {
            var beforeAbove = Previous(lines, previous);
            var next = Next(lines, number);
            // The line above lost its indent (the lines before and after it line up with this one): that one moves.
            if (beforeAbove >= 1 && Indent(lines[beforeAbove - 1]) == indent && !IsItem(lines[beforeAbove - 1]) && (next < 1 || Indent(lines[next - 1]) >= indent))
                return new("YAML020", $"'{aboveKey}' starts {Column(aboveIndent)}, unlike the lines above and below it, so the lines after it cannot belong to the same entry: indent {aboveKey}: by {indent} space(s), like {Named(lines[beforeAbove - 1])} above it", previous, aboveIndent + 1);
            return new("YAML020", $"{name} is indented further than '{aboveKey}' on the line above, which already has its value, so {name} cannot belong to it: start {what} {Column(aboveIndent)}, like {aboveKey}:", number, indent + 1);
        }

        // Back out to a column that no line above starts in.
        if (indent < aboveIndent && !Levels(lines, previous).Contains(indent))
        {
            var beforeAbove = Previous(lines, previous);
            var next = Next(lines, number);
            // The first field of an entry in another column than the ones after it: that first one moves.
            if (beforeAbove >= 1 && KeyOf(lines[beforeAbove - 1]) is { Key: not null, HasValue: false } && Indent(lines[beforeAbove - 1]) < indent
                && next >= 1 && Indent(lines[next - 1]) == indent && !IsItem(above))
                return new("YAML020", $"'{aboveKey}' is indented by {aboveIndent} space(s), but the lines after it in the same entry by {indent}: indent {aboveKey}: by {indent} space(s), like {Named(line)} below it", previous, aboveIndent + 1);
            var target = Levels(lines, previous).Where(l => l > indent).DefaultIfEmpty(aboveIndent).Min();
            var like = Enumerable.Range(1, previous).Reverse().First(n => !YamlSyntaxExplainer.IsBlank(lines[n - 1]) && Indent(lines[n - 1]) == target);
            return new("YAML020", $"{name} is indented by {indent} space(s), which lines up with no line above it: start {what} {Column(target)}, like {Named(lines[like - 1])} above it (lines of the same entry start in the same column)", number, indent + 1);
        }

        // Further in than a "key:" line with nothing after it is where the key's lines belong: not the slip.
        if (indent > aboveIndent && aboveKey is not null && !aboveHasValue) return null;
        if (indent != aboveIndent || parserMessage.Contains("indentation", StringComparison.OrdinalIgnoreCase))
            return new("YAML020", $"this line is indented by {indent} space(s) and the line above by {aboveIndent}: lines of the same entry must start in the same column, and a line that belongs to the entry above goes two spaces further in (use spaces, not tabs)", number, indent + 1);
        return null;
    }

    /// <summary>
    /// A key written twice in one mapping. When a key-only line between the two stands in the column of the fields
    /// (an entry's id indented by mistake, so its fields repeat the entry above), that line is the slip: said there.
    /// </summary>
    /// <param name="first">1-based line of the first occurrence, in <paramref name="text"/>.</param>
    /// <param name="line">1-based line and <paramref name="column"/> of the second occurrence.</param>
    /// <param name="lineOffset">Lines before <paramref name="text"/> in its file, for line numbers in the message.</param>
    public static YamlProblem Duplicate(string text, string key, int first, int line, int column, int lineOffset)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var indent = column - 1;
        if (first >= 1 && line <= lines.Length)
            for (var n = line - 1; n > first; n--)
            {
                var candidate = lines[n - 1];
                if (YamlSyntaxExplainer.IsBlank(candidate) || Indent(candidate) != indent || KeyOf(candidate) is not { Key: { } entry, HasValue: false } || entry == key) continue;
                var owner = Enumerable.Range(1, first).Reverse().FirstOrDefault(o => !YamlSyntaxExplainer.IsBlank(lines[o - 1]) && Indent(lines[o - 1]) < indent);
                if (owner < 1 || KeyOf(lines[owner - 1]) is not { Key: { } parent, HasValue: false }) break;
                return new("YAML020", $"'{entry}' is indented by {indent} space(s), so it is read as a field of '{parent}' instead of a new entry (and its '{key}' as a second '{key}' of '{parent}'): start {entry}: {Column(Indent(lines[owner - 1]))}, like {parent}:", n, indent + 1);
            }
        return new("YAML007", $"'{key}' is written twice in the same block (first on line {first + lineOffset}); only one can be used: keep one of the two lines and delete the other, or give this one another name", line, column);
    }

    internal static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    internal static bool IsItem(string line) => line.TrimStart().StartsWith("- ", StringComparison.Ordinal) || line.Trim() == "-";

    /// <summary>The key of a "key: value" or "key:" line (not of a list item), and whether a value follows it on the line.</summary>
    internal static (string? Key, bool HasValue) KeyOf(string line)
    {
        if (IsItem(line)) return (null, true);
        var match = YamlSyntaxExplainer.LinePattern().Match(line);
        if (!match.Groups["key"].Success) return (null, true);
        var value = match.Groups["value"].Value.Trim();
        return (match.Groups["key"].Value.Trim(), value.Length > 0 && value[0] != '#');
    }

    /// <summary>How to name a line in a message: its key with the colon, or "the list item".</summary>
    private static string Named(string line) => KeyOf(line).Key is { } key ? $"{key}:" : IsItem(line) ? "the list item" : $"'{line.Trim()}'";

    private static string Column(int indent) => indent == 0 ? "at the beginning of the line" : $"{indent} space(s) in";

    /// <summary>The key line a list item at <paramref name="item"/> belongs to: the nearest line above it that ends in ':' and starts further left (or in the same column).</summary>
    private static int? Owner(string[] lines, int item)
    {
        var indent = Indent(lines[item - 1]);
        for (var n = item - 1; n >= 1; n--)
        {
            var line = lines[n - 1];
            if (YamlSyntaxExplainer.IsBlank(line) || IsItem(line) && Indent(line) == indent) continue;
            if (Indent(line) <= indent && KeyOf(line) is { Key: not null, HasValue: false }) return n;
            if (Indent(line) < indent) return null;
        }
        return null;
    }

    /// <summary>The columns a line after <paramref name="number"/> may go back to: its own and those of the entries it is inside.</summary>
    private static HashSet<int> Levels(string[] lines, int number)
    {
        var min = Indent(lines[number - 1]);
        var levels = new HashSet<int> { min };
        for (var n = number - 1; n >= 1 && min > 0; n--)
        {
            if (YamlSyntaxExplainer.IsBlank(lines[n - 1]) || Indent(lines[n - 1]) >= min) continue;
            min = Indent(lines[n - 1]);
            levels.Add(min);
        }
        return levels;
    }

    internal static int Previous(string[] lines, int number)
    {
        var n = number - 1;
        while (n >= 1 && YamlSyntaxExplainer.IsBlank(lines[n - 1])) n--;
        return n;
    }

    internal static int Next(string[] lines, int number)
    {
        var n = number + 1;
        while (n <= lines.Length && YamlSyntaxExplainer.IsBlank(lines[n - 1])) n++;
        return n <= lines.Length ? n : 0;
    }
}
