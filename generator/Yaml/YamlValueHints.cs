using YamlDotNet.Core.Events;

namespace CaseLibrary.Yaml;

/// <summary>
/// Values that are valid YAML but almost certainly not what the contributor typed them to mean. Positions are
/// 1-based within the YAML text, like <see cref="YamlSyntaxExplainer"/>'s.
/// </summary>
public static class YamlValueHints
{
    private const string OpeningCurly = "“„‘‚«";
    private const string ClosingCurly = "”“’‘»";

    /// <summary>A plain value followed on its line by " #…": YAML drops the rest of the line as a comment.</summary>
    public static YamlProblem? CutByComment(string text, Scalar scalar, string? key, string value)
    {
        var index = (int)scalar.End.Index;
        var hash = index;
        while (hash < text.Length && text[hash] is ' ' or '\t') hash++;
        if (hash == index || hash >= text.Length || text[hash] != '#') return null;
        var lineEnd = text.IndexOf('\n', hash);
        var whole = text[(int)scalar.Start.Index..(lineEnd < 0 ? text.Length : lineEnd)].TrimEnd('\r', ' ', '\t');
        var name = key is null ? "this item" : $"'{key}'";
        var example = key is null ? $"\"{Escape(whole)}\"" : $"{key}: \"{Escape(whole)}\"";
        return new("YAML010",
            $"everything from ' #' on is read as a comment and left out, so {name} would be '{value}': if the # is part of the text, put the whole value in double quotes, for example {example}; if it is a comment, put it on a line of its own",
            (int)scalar.End.Line, (int)scalar.End.Column + (hash - index));
    }

    /// <summary>A plain value wrapped in Word's curly quotes: YAML keeps them as part of the text, so they are published.</summary>
    public static YamlProblem? CurlyQuoted(Scalar scalar, string? key, string value)
    {
        if (value.Length < 2 || !OpeningCurly.Contains(value[0]) || !ClosingCurly.Contains(value[^1])) return null;
        var name = key is null ? "this item" : $"'{key}'";
        var example = key is null ? $"\"{Escape(value[1..^1])}\"" : $"{key}: \"{Escape(value[1..^1])}\"";
        return new("YAML012",
            $"{name} is wrapped in curly quotes ({value[0]}…{value[^1]}), which are published as part of the text: if they were meant as quotes around the value, type straight double quotes instead, for example {example}",
            (int)scalar.Start.Line, (int)scalar.Start.Column);
    }

    /// <summary>
    /// A plain value that opens with a curly quote and ends with a straight one, or the other way round
    /// (<c>title: “Peer mentors"</c>): Word turned one of the two quotes curly, so YAML keeps both as text.
    /// </summary>
    public static YamlProblem? MixedQuotes(Scalar scalar, string? key, string value)
    {
        if (value.Length < 2) return null;
        var curlyOpen = OpeningCurly.Contains(value[0]);
        var curlyClose = ClosingCurly.Contains(value[^1]);
        var straightClose = value[^1] is '"' or '\'';
        if (!(curlyOpen && straightClose) && !(value[0] is '"' or '\'' && curlyClose)) return null;
        var name = key is null ? "this item" : $"'{key}'";
        var example = key is null ? $"\"{Escape(value[1..^1])}\"" : $"{key}: \"{Escape(value[1..^1])}\"";
        return new("YAML012",
            $"{name} starts with {value[0]} and ends with {value[^1]}: one of the quotes is a curly quote (as Word types them), so both are published as part of the text: type straight double quotes at both ends, for example {example}",
            (int)scalar.Start.Line, (int)scalar.Start.Column);
    }

    /// <summary>
    /// A list item followed by a line indented one space further that starts with "- " (<c>  - one</c> then <c>   - two</c>):
    /// YAML reads the second line as more words of the first item ("one - two"), so one item silently swallows the next.
    /// Returns the position of the swallowed dash. CL0175: a list item indented further than the one above is read as part of it.
    /// </summary>
    public static YamlProblem? SwallowedItem(string text, Scalar scalar, string? key)
    {
        var start = (int)scalar.Start.Index;
        var end = Math.Min((int)scalar.End.Index, text.Length);
        var newline = text.IndexOf('\n', start);
        if (newline < 0 || newline >= end) return null;
        var line = (int)scalar.Start.Line;
        for (var at = newline; at >= 0 && at < end; at = text.IndexOf('\n', at + 1))
        {
            line++;
            var first = at + 1;
            while (first < end && text[first] == ' ') first++;
            if (first + 1 < text.Length && text[first] == '-' && text[first + 1] is ' ' or '\t' or '\r' or '\n')
            {
                var column = first - at;
                var name = key is null ? "the item above" : $"'{key}'";
                return new("CL0175",
                    $"this '- ' line is indented further than the item above it, so YAML reads it as more words of {name} instead of a new item: start the '-' in the same column as the '-' of the line above",
                    line, column);
            }
        }
        return null;
    }

    /// <summary>
    /// List items typed without the space after the dash (<c>  -Describe …</c> under <c>learning_objectives:</c>): YAML
    /// reads the lines, the correct "- " items after them included, as one text that starts with "-", so the list became
    /// one item (or a CL0180 that suggested a wrong fix, and a CL0175 about the next, correct line). Only a value that
    /// starts its line is looked at (<c>title: -ism</c> is a text). Returns a YAML023 for each such line (at the character
    /// after the dash) and the items the lines meant, so that nothing else is reported about the value; null when the
    /// value is not such a list.
    /// </summary>
    public static (IReadOnlyList<YamlProblem> Problems, IReadOnlyList<(string Text, int Line, int Column)> Items)? DashWithoutSpace(string text, Scalar scalar)
    {
        var start = (int)scalar.Start.Index;
        var end = Math.Min((int)scalar.End.Index, text.Length);
        if (end - start < 2 || text[start] != '-' || !StartsWord(text[start + 1])) return null;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start > 0 && text[start - 1] != '\n' && text[lineStart..start].Trim(' ').Length > 0) return null;
        var problems = new List<YamlProblem>();
        var items = new List<(string Text, int Line, int Column)>();
        var line = (int)scalar.Start.Line;
        var at = start;
        while (at < end)
        {
            var lineEnd = text.IndexOf('\n', at);
            if (lineEnd < 0 || lineEnd > end) lineEnd = end;
            var content = text[at..lineEnd].TrimEnd('\r', ' ', '\t');
            var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
            var indent = content.Length - content.TrimStart(' ').Length;
            content = content.TrimStart(' ');
            column += indent;
            if (content.StartsWith('-'))
            {
                var rest = content[1..].TrimStart(' ', '\t');
                if (content.Length > 1 && StartsWord(content[1]))
                    problems.Add(new("YAML023", $"a list item needs a space after its '-', or YAML reads this line and the items under it as one text: write - {rest}", line, column + 1));
                items.Add((rest, line, column + 2));
            }
            else if (content.Length > 0 && items.Count > 0)
                items[^1] = (items[^1].Text + " " + content, items[^1].Line, items[^1].Column);
            at = lineEnd + 1;
            line++;
        }
        return problems.Count > 0 ? (problems, items) : null;
    }

    /// <summary>A character that starts the text of an item: a letter or an opening quote or bracket ("-5" is a number).</summary>
    private static bool StartsWord(char c) => char.IsLetter(c) || c is '"' or '\'' or '“' or '„' or '‘' or '«' or '(' or '[';

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
