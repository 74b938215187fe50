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

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
