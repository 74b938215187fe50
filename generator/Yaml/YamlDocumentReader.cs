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

    private string _text = "";
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
        _text = text;
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
            // A control character already reported at its value is also why the parser stopped: one message.
            var explained = Explained(ex.Start, ex.InnerException?.Message ?? ex.Message).Diagnostic;
            if (!(_invisible && explained.Code == InvisibleCharacters.Code)) _diagnostics.Add(explained);
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
            _diagnostics.Add(Explained(_parser.Current?.Start ?? Mark.Empty, "unclosed flow collection").Diagnostic);
            return null;
        }
    }

    private YamlNode ReadNode(int depth)
    {
        if (depth > MaxDepth) throw Invalid("YAML003", $"nesting is deeper than {MaxDepth} levels", _parser.Current!.Start);
        var current = _parser.Current!;
        if (current is AnchorAlias alias)
            throw Invalid("YAML004", $"YAML reads '*{alias.Value}' as a reference to another value, which is not allowed here: if the * is part of the text, put the whole value in double quotes; otherwise write the value out", alias.Start);
        if (current is NodeEvent node && !node.Anchor.IsEmpty)
            throw Invalid("YAML004", $"YAML reads '&{node.Anchor}' as a name for the value that follows (an anchor), which is not allowed here: if the & is part of the text, put the whole value in double quotes; otherwise write the value out", node.Start);

        // "title: !Important news" would silently publish "news": YAML reads "!Important" as a type tag.
        if (current is NodeEvent { Tag.IsEmpty: false } tagged)
            throw Explained(tagged.Start, "tag");

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
                while (!_parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadValue(depth + 1, null));
                return new YamlSequence(items, At(start.Start));
            }
            case MappingStart start:
            {
                _parser.MoveNext();
                var entries = new List<YamlEntry>();
                var seen = new Dictionary<string, Mark>(StringComparer.Ordinal);
                while (!_parser.TryConsume<MappingEnd>(out _))
                {
                    var keyStart = _parser.Current!.Start;
                    if (ReadNode(depth + 1) is not YamlScalar key)
                        throw Invalid("YAML006", "a key must be a plain word before ':', not a list or group in brackets: if the ': ' belongs to the text, put the whole text in double quotes", keyStart);
                    if (!seen.TryAdd(key.Value, keyStart))
                    {
                        var twice = YamlIndentation.Duplicate(_text, key.Value, (int)seen[key.Value].Line, (int)keyStart.Line, (int)keyStart.Column, _lineOffset);
                        throw Invalid(twice.Code, twice.Message, new Mark(0, twice.Line, twice.Column));
                    }
                    entries.Add(new YamlEntry(key, ReadValue(depth + 1, key.Value)));
                }
                return new YamlMapping(entries, At(start.Start));
            }
            default:
                throw Explained(current.Start, "unexpected event");
        }
    }

    private void Expect<T>() where T : ParsingEvent
    {
        if (_parser.Current is null) _parser.MoveNext();
        if (_parser.Current is T) { _parser.MoveNext(); return; }
        throw Explained(_parser.Current?.Start ?? Mark.Empty, "unexpected event");
    }

    /// <summary>
    /// A plain value followed by a comment on its line ("title: Case #1 in Cork" reads "Case") or wrapped in Word's curly
    /// quotes (published with them) parses without error, so it would be published wrong in silence.
    /// </summary>
    private YamlNode ReadValue(int depth, string? key)
    {
        var scalar = _parser.Current as Scalar;
        var node = ReadNode(depth);
        if (scalar is { Style: ScalarStyle.Plain } && node is YamlScalar { IsNull: false } && YamlValueHints.DashWithoutSpace(_text, scalar) is { } dashed)
        {
            foreach (var problem in dashed.Problems) Add(problem, isError: true);
            return new YamlSequence(dashed.Items.Select(i => (YamlNode)new YamlScalar(i.Text, true, At(new Mark(0, i.Line, i.Column)))).ToList(), node.Location);
        }
        if (scalar is { Style: ScalarStyle.Plain } && node is YamlScalar { IsNull: false } value)
        {
            if (YamlValueHints.CutByComment(_text, scalar, key, value.Value) is { } cut)
                Add(cut, _path.EndsWith(".md", StringComparison.Ordinal));
            if ((YamlValueHints.CurlyQuoted(scalar, key, value.Value) ?? YamlValueHints.MixedQuotes(scalar, key, value.Value)) is { } curly)
                Add(curly, isError: false);
            if (YamlValueHints.SwallowedItem(_text, scalar, key) is { } swallowed)
                Add(swallowed, isError: true);
        }
        return node;
    }

    private void Add(YamlProblem problem, bool isError)
    {
        var location = At(new Mark(0, problem.Line, problem.Column));
        _diagnostics.Add(isError ? Diagnostic.Error(problem.Code, problem.Message, location) : Diagnostic.Warning(problem.Code, problem.Message, location));
    }

    private InvalidYamlException Explained(Mark mark, string parserMessage)
    {
        var problem = YamlSyntaxExplainer.Explain(_text, (int)mark.Line, (int)mark.Column, parserMessage, FrontMatterFileName());
        return Invalid(problem.Code, problem.Message, new Mark(0, problem.Line, problem.Column));
    }

    /// <summary>For a case file's front matter, its file name (en.md, en.notes.md); null for a data file.</summary>
    private string? FrontMatterFileName() => _path.EndsWith(".md", StringComparison.Ordinal) ? Path.GetFileName(_path) : null;

    private SourceLocation At(Mark mark) =>
        new(_path, _lineOffset + Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    private void Report(string code, string message, Mark mark) => _diagnostics.Error(code, message, At(mark));

    private InvalidYamlException Invalid(string code, string message, Mark mark) =>
        new(Diagnostic.Error(code, message, At(mark)));

    private sealed class InvalidYamlException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
