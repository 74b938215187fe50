using CaseLibrary.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CaseLibrary.Yaml;

/// <summary>
/// Parses one YAML document into <see cref="YamlNode"/>s, strictly: no anchors or aliases (so no alias bombs),
/// no duplicate keys, only text keys, bounded depth and scalar size, no invisible control characters
/// (<see cref="InvisibleCharacters"/>: each one is reported at its value, and the document then yields null). YamlDotNet marks are 1-based within the
/// block, so <paramref name="lineOffset"/> (lines before the block in the real file) shifts them into file coordinates.
/// </summary>
public sealed class YamlDocumentReader
{
    public const int MaxDepth = 32;
    public const int MaxScalarLength = 200_000;

    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private IParser _parser = null!;
    private bool _invisible;

    private YamlDocumentReader(string path, int lineOffset, DiagnosticBag diagnostics)
    {
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    /// <summary>Returns the root node, an empty mapping for an empty document, or null after a reported error.</summary>
    public static YamlNode? Read(string text, string path, int lineOffset, DiagnosticBag diagnostics) =>
        new YamlDocumentReader(path, lineOffset, diagnostics).Read(text);

    /// <summary>
    /// Reads a document whose root must be a mapping; otherwise reports "<paramref name="mustBe"/>, not …"
    /// (e.g. "the front matter must be a mapping of keys") and yields null. An empty document is an empty mapping.
    /// </summary>
    public static YamlMapping? ReadMapping(string text, string path, int lineOffset, string mustBe, DiagnosticBag diagnostics)
    {
        var root = Read(text, path, lineOffset, diagnostics);
        if (root is null or YamlMapping) return root as YamlMapping;
        diagnostics.Error("CL0104", $"{mustBe}, not {root.KindName}", root.Location);
        return null;
    }

    private YamlNode? Read(string text)
    {
        _parser = new Parser(new StringReader(text));
        try
        {
            Expect<StreamStart>();
            if (_parser.Accept<StreamEnd>(out _))
                return new YamlMapping([], new SourceLocation(_path, _lineOffset + 1, 1));
            Expect<DocumentStart>();
            var root = ReadNode(0);
            Expect<DocumentEnd>();
            if (!_parser.Accept<StreamEnd>(out _))
            {
                Report("YAML002", "only one YAML document is allowed here", _parser.Current!.Start);
                return null;
            }
            return _invisible ? null : root;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(text) is { } tab)
                _diagnostics.Error("YAML008", "a tab indents this line; YAML indentation must use spaces", At(tab));
            else
                Report("YAML001", $"YAML syntax error: {Clean(message)}", ex.Start);
            return null;
        }
        catch (InvalidYamlException invalid)
        {
            _diagnostics.Add(invalid.Diagnostic);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way on some malformed input (an unclosed '[' followed by more lines).
            Report("YAML001", "YAML syntax error: a '[', '{' or quote is not closed, or a value is malformed", _parser.Current?.Start ?? Mark.Empty);
            return null;
        }
    }

    private YamlNode ReadNode(int depth)
    {
        if (depth > MaxDepth) throw Invalid("YAML003", $"nesting is deeper than {MaxDepth} levels", _parser.Current!.Start);
        var current = _parser.Current!;
        if (current is AnchorAlias alias)
            throw Invalid("YAML004", $"aliases (*{alias.Value}) are not allowed; write the value out", alias.Start);
        if (current is NodeEvent node && !node.Anchor.IsEmpty)
            throw Invalid("YAML004", $"anchors (&{node.Anchor}) are not allowed; write the value out", node.Start);

        switch (current)
        {
            case Scalar scalar:
                _parser.MoveNext();
                if (scalar.Value.Length > MaxScalarLength)
                    throw Invalid("YAML005", $"a value is longer than {MaxScalarLength} characters", scalar.Start);
                if (InvisibleCharacters.IndexOfFirst(scalar.Value) is var index and >= 0)
                {
                    // Escapes ("\x01") make the position inside the value unknowable, so the value's start is reported.
                    Report(InvisibleCharacters.Code, InvisibleCharacters.Message(scalar.Value, index, "this value"), scalar.Start);
                    _invisible = true;
                }
                return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, At(scalar.Start));
            case SequenceStart start:
            {
                _parser.MoveNext();
                var items = new List<YamlNode>();
                while (!_parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(depth + 1));
                return new YamlSequence(items, At(start.Start));
            }
            case MappingStart start:
            {
                _parser.MoveNext();
                var entries = new List<YamlEntry>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (!_parser.TryConsume<MappingEnd>(out _))
                {
                    var keyStart = _parser.Current!.Start;
                    if (ReadNode(depth + 1) is not YamlScalar key)
                        throw Invalid("YAML006", "keys must be plain text", keyStart);
                    if (!seen.Add(key.Value))
                        throw Invalid("YAML007", $"duplicate key '{key.Value}'", keyStart);
                    entries.Add(new YamlEntry(key, ReadNode(depth + 1)));
                }
                return new YamlMapping(entries, At(start.Start));
            }
            default:
                throw Invalid("YAML001", $"unexpected {current.GetType().Name}", current.Start);
        }
    }

    private void Expect<T>() where T : ParsingEvent
    {
        if (_parser.Current is null) _parser.MoveNext();
        if (_parser.Current is T) { _parser.MoveNext(); return; }
        throw Invalid("YAML001", $"YAML syntax error near {_parser.Current?.GetType().Name}", _parser.Current?.Start ?? Mark.Empty);
    }

    /// <summary>YamlDotNet reports a tab at the start of its mapping; find the tab itself (1-based mark).</summary>
    private static Mark? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var column = 0; column < line.Length && line[column] is ' ' or '\t'; column++)
                if (line[column] == '\t') return new Mark(0, i + 1, column + 1);
        }
        return null;
    }

    private SourceLocation At(Mark mark) =>
        new(_path, _lineOffset + Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    private void Report(string code, string message, Mark mark) => _diagnostics.Error(code, message, At(mark));

    private InvalidYamlException Invalid(string code, string message, Mark mark) =>
        new(Diagnostic.Error(code, message, At(mark)));

    private static string Clean(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: ...) - (...): "; the location is ours to print.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 ? message[(cut + 3)..] : message;
        return text.TrimEnd('.');
    }

    private sealed class InvalidYamlException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
