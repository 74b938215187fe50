using System.Text.RegularExpressions;

namespace CaseLibrary.Yaml;

/// <summary>
/// Turns a YAML syntax error into a message a practitioner can act on. YamlDotNet says where reading stopped and in
/// its own terms ("found invalid mapping"); the cause is almost always one of a few everyday slips on that line or
/// the one above (a ': ' in an unquoted text, Word's curly quotes, an apostrophe inside single quotes, a missing
/// space after the colon, an unclosed quote or bracket, a tab, a wrong indent), so the lines themselves are read
/// to name the slip and show the fix. What matches none of them still gets a plain message at the parser's position.
/// </summary>
public static partial class YamlSyntaxExplainer
{
    private const string CurlyQuotes = "“”„‘’‚«»";

    private static readonly char[] ControlCharacters = [.. Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), '\u007F'];

    /// <param name="text">The YAML text (the front matter block or the whole data file).</param>
    /// <param name="line">1-based line where the parser stopped, or 0 when unknown.</param>
    /// <param name="column">1-based column where the parser stopped.</param>
    /// <param name="parserMessage">The parser's own message, used only to tell kinds of error apart.</param>
    /// <param name="fileName">For a case file's front matter, its file name (en.md, en.notes.md); null for a data file.</param>
    public static YamlProblem Explain(string text, int line, int column, string parserMessage, string? fileName = null)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        line = Math.Clamp(line, 1, lines.Length);
        // YamlDotNet reports a tab at the start of the mapping it breaks, not at the tab.
        var tabLimit = parserMessage.Contains("tab", StringComparison.OrdinalIgnoreCase) ? lines.Length : line;
        if (FirstIndentingTab(lines, tabLimit) is { } tab) return tab;

        if (FirstControlCharacter(lines, line) is { } control) return control;

        // Word and some keyboards type a non-breaking space, which YAML does not read as the space after a colon.
        foreach (var candidate in Candidates(lines, line))
            if (lines[candidate - 1].IndexOf(":\u00A0", StringComparison.Ordinal) is var nbsp and >= 0)
                return new("YAML016", $"the space after the colon is a non-breaking space (as Word types it), which YAML does not read as a space: delete it and type an ordinary space, for example {lines[candidate - 1][..nbsp].Trim()}: {lines[candidate - 1][(nbsp + 2)..].Trim()}", candidate, nbsp + 2);

        foreach (var candidate in Candidates(lines, line))
            if (Classify(lines, candidate, parserMessage, fileName) is { } problem) return problem;
        return Fallback(parserMessage, line, column);
    }

    /// <summary>The line where the parser stopped, then the closest non-blank line above it (an unclosed quote or bracket is often noticed a line later).</summary>
    private static IEnumerable<int> Candidates(string[] lines, int line)
    {
        if (!IsBlank(lines[line - 1])) yield return line;
        for (var above = line - 1; above >= 1; above--)
        {
            if (IsBlank(lines[above - 1])) continue;
            yield return above;
            yield break;
        }
    }

    private static YamlProblem? Classify(string[] lines, int number, string parserMessage, string? fileName)
    {
        var line = lines[number - 1];
        var match = LinePattern().Match(line);
        var key = match.Groups["key"].Success ? match.Groups["key"].Value.Trim() : null;
        var valueGroup = match.Groups["value"];
        var value = valueGroup.Value.TrimEnd();
        var at = valueGroup.Index + 1;
        var name = key is null ? "this item" : $"'{key}'";
        var keyPrefix = key is null ? "- " : $"{key}: ";

        if (key is null && value.Length > 1 && value[0] == '-' && value[1] is not (' ' or '-' or '\t') && !char.IsAsciiDigit(value[1]) && !YamlIndentation.IsItem(line))
            return new("YAML023", $"a list item needs a space after its '-': write - {value[1..].TrimStart()}", number, at + 1);

        if (value.Length == 0) return YamlIndentation.Explain(lines, number, parserMessage);

        if (CurlyQuotes.Contains(value[0]))
            return new("YAML011", $"{name} is in curly quotes ({value[0]}…), as Word types them; YAML does not read them as quotes, so the text breaks here: type straight double quotes instead, for example {keyPrefix}\"{Inner(value)}\"", number, at);

        if (value[0] == '\'')
        {
            var close = ClosingSingleQuote(value);
            if (close < 0)
                return new("YAML018", $"the quote (') that opens {name} is never closed: add ' at the end of the value, or put the whole value in double quotes{CurlyEnd(value)}", number, at);
            if (!IsRestEmpty(value, close + 1))
                return new("YAML014", $"{name} is in single quotes and contains an apostrophe, which ends it early: put the value in double quotes instead, for example {keyPrefix}\"{Inner(value)}\" (or write the apostrophe twice: '')", number, at + close);
        }

        if (value[0] == '"')
        {
            if (parserMessage.Contains("escape", StringComparison.OrdinalIgnoreCase) || parserMessage.Contains("hexadecimal", StringComparison.OrdinalIgnoreCase))
                return new("YAML021", $"inside double quotes a backslash (\\) starts a special character: write \\\\ for a backslash, or put {name} in single quotes", number, at);
            var close = ClosingDoubleQuote(value);
            if (close < 0)
                return new("YAML018", $"the quote (\") that opens {name} is never closed: add \" at the end of the value{CurlyEnd(value)}", number, at);
            if (!IsRestEmpty(value, close + 1))
                return new("YAML015", $"{name} is in double quotes and contains another double quote, which ends it early: write \\\" for each quote inside the text, or put the value in single quotes, for example {keyPrefix}'{Inner(value)}'", number, at + close);
        }

        if (value[0] is '[' or '{')
        {
            var closing = value[0] == '[' ? ']' : '}';
            var end = MatchingBracket(value);
            if (end < 0 && UnclosedQuote(value) is var quoteAt and >= 0)
            {
                var item = value[(quoteAt + 1)..].Split(',')[0].TrimEnd(' ', ']', '}');
                return new("YAML018", $"the quote ({value[quoteAt]}) before '{item}' inside the {value[0]} {closing} of {name} is never closed, so it swallows the '{closing}': add {value[quoteAt]} right after {item}", number, at + quoteAt);
            }
            if (end < 0)
                return new("YAML019", $"the '{value[0]}' that opens {name} is never closed: end it with '{closing}' on the same line, for example {keyPrefix}[first, second]", number, at);
            if (!IsRestEmpty(value, end + 1))
                return new("YAML017", $"{name} starts with '{value[0]}', so YAML reads it as a list: if the brackets are part of the text, put the whole value in double quotes, for example {keyPrefix}\"{value}\"", number, at);
        }

        if (value[0] is '@' or '`' or '%' or '*' or '&' or '!' or '|' or '>' or ']' or '}' || value.StartsWith("- ", StringComparison.Ordinal) || value.StartsWith("? ", StringComparison.Ordinal))
            return new("YAML017", $"{name} starts with '{value[0]}', which YAML reserves: put the whole value in double quotes, for example {keyPrefix}\"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"", number, at);

        if (key is null && NoSpaceAfterColon().Match(value) is { Success: true } glued && !value.StartsWith("- ", StringComparison.Ordinal))
            return new("YAML016", $"put a space after the colon: write {glued.Groups["key"].Value}: {glued.Groups["rest"].Value.TrimEnd()}", number, at + glued.Groups["rest"].Index - 1);

        if (key is not null && YamlLanguageLine.Explain(key, YamlIndentation.Indent(line), value, fileName) is { } flattened)
            return new(YamlLanguageLine.Code, flattened, number, at);

        if (value[0] is not ('\'' or '"' or '[' or '{') && ColonInText().Match(value) is { Success: true } colon)
            return new("YAML013", $"{name} contains ': ' (a colon and a space), which YAML reads as the start of a new key: put the whole value in double quotes, for example {keyPrefix}\"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"", number, at + colon.Index);

        // A value written on the line below its key, at the key's column.
        if (key is null && !YamlIndentation.IsItem(line) && YamlIndentation.Previous(lines, number) is var keyLine and >= 1 && YamlIndentation.KeyOf(lines[keyLine - 1]) is { Key: { } owner, HasValue: false }
            && YamlIndentation.Indent(lines[keyLine - 1]) >= YamlIndentation.Indent(line) && YamlIndentation.Next(lines, number) is var after && (after < 1 || YamlIndentation.Indent(lines[after - 1]) <= YamlIndentation.Indent(lines[keyLine - 1])))
            return new("YAML023", $"this line has no ':', so it cannot stand on its own: if it is the value of '{owner}' on the line above, write it on the same line, for example {owner}: \"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"", number, valueGroup.Index + 1);
        if (key is null && !line.TrimStart().StartsWith('-') && !value.Contains(':') && number > 1 && lines[number - 2].TrimStart().StartsWith("- ", StringComparison.Ordinal))
            return new("YAML023", $"this line has no '- ' in front, unlike the list item above it: write it as - {value}", number, valueGroup.Index + 1);
        if (key is null && !line.TrimStart().StartsWith('-') && !value.Contains(':'))
            return new("YAML023", $"this line has no ':': write it as key: value, or if it continues the text on the line above, put that whole text in double quotes on one line", number, valueGroup.Index + 1);

        return YamlIndentation.Explain(lines, number, parserMessage);
    }

    /// <summary>A value that opens with a straight quote and ends with Word's curly one: say which quote to retype.</summary>
    private static string CurlyEnd(string value)
    {
        var last = value.TrimEnd(' ', '\t', '\r');
        return last.Length > 1 && last[^1] is '”' or '“' or '’' or '‘' or '»'
            ? $" (the {last[^1]} at its end is a curly quote, as Word types it: type a straight {value[0]} in its place)"
            : "";
    }

    private static YamlProblem Fallback(string parserMessage, int line, int column)
    {
        if (parserMessage.Contains("end of stream", StringComparison.OrdinalIgnoreCase) && parserMessage.Contains("quoted", StringComparison.OrdinalIgnoreCase))
            return new("YAML018", "a quote that opens a value is never closed: add the closing quote at the end of the value", line, column);
        if (parserMessage.Contains("flow", StringComparison.OrdinalIgnoreCase))
            return new("YAML019", "a list in [ ] or a group in { } is not closed, or a comma is missing: write a list on one line as [first, second]", line, column);
        return new("YAML001", "YAML cannot read this part of the file: check this line and the one above for a missing space after ':', an unclosed quote or bracket, or an indent that does not match the lines around it; a text that contains ': ', ' #' or quotes goes in double quotes", line, column);
    }

    /// <summary>YAML stops at a control character (U+0000 reads as the end of the text), wherever it stands.</summary>
    private static YamlProblem? FirstControlCharacter(string[] lines, int upTo)
    {
        for (var i = 0; i < Math.Min(lines.Length, upTo); i++)
        {
            var index = lines[i].IndexOfAny(ControlCharacters);
            if (index >= 0)
                return new("CL0150", $"this line contains the invisible control character U+{(int)lines[i][index]:X4}, which cannot be published; delete it (retype the text around it if you cannot see it)", i + 1, index + 1);
        }
        return null;
    }

    private static YamlProblem? FirstIndentingTab(string[] lines, int upTo)
    {
        for (var i = 0; i < Math.Min(lines.Length, upTo); i++)
        {
            var line = lines[i];
            for (var column = 0; column < line.Length && line[column] is ' ' or '\t'; column++)
                if (line[column] == '\t') return new("YAML008", "a tab indents this line; YAML indentation must use spaces", i + 1, column + 1);
        }
        return null;
    }

    /// <summary>The value without its outer (straight or curly) quotes, for the suggested fix.</summary>
    private static string Inner(string value)
    {
        var inner = value[1..];
        if (inner.Length > 0 && (inner[^1] == value[0] || CurlyQuotes.Contains(inner[^1]) || inner[^1] is '\'' or '"')) inner = inner[..^1];
        return inner.Replace("''", "'", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal)
            .Replace("\"", value[0] == '"' ? "\"" : "\\\"", StringComparison.Ordinal);
    }

    private static int ClosingSingleQuote(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] != '\'') continue;
            if (i + 1 < value.Length && value[i + 1] == '\'') { i++; continue; }
            return i;
        }
        return -1;
    }

    private static int ClosingDoubleQuote(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] == '\\') { i++; continue; }
            if (value[i] == '"') return i;
        }
        return -1;
    }

    private static int MatchingBracket(string value)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c is '[' or '{') depth++;
            else if (c is ']' or '}' && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>Where a quote opens that is never closed in a [ ] or { } value, or -1.</summary>
    private static int UnclosedQuote(string value)
    {
        var open = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (open >= 0) { if (value[i] == value[open]) open = -1; continue; }
            if (value[i] is '"' or '\'' && (i == 0 || value[..i].TrimEnd() is var before && before.Length > 0 && before[^1] is '[' or '{' or ',' or ':')) open = i;
        }
        return open;
    }

    private static bool IsRestEmpty(string value, int from)
    {
        var rest = value[from..].TrimStart();
        return rest.Length == 0 || rest[0] == '#';
    }

    internal static bool IsBlank(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith('#');

    /// <summary>indent, list dashes, an optional "key:" (followed by a space or the end of the line), and the value.</summary>
    [GeneratedRegex(@"^(?<indent> *)(?:- +)*(?:(?<key>[^\s'""#\[\]{}:,&*!|>%@`][^:#]*?):(?: +|$))?(?<value>.*)$")]
    internal static partial Regex LinePattern();

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_-]*):(?<rest>[^\s/].*)$")]
    private static partial Regex NoSpaceAfterColon();

    [GeneratedRegex(@":(?: |$)")]
    private static partial Regex ColonInText();
}
