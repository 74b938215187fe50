using CaseLibrary.Diagnostics;
using Scriban.Syntax;

namespace CaseLibrary.Rendering;

/// <summary>
/// The UI-string keys the templates name: every <c>t "key"</c> and <c>tf "key" …</c> with a written key must be a string
/// of the default language, or the page would show the key itself. Checked once per theme, on the parsed templates
/// (CL0513 at the call); a key a template computes is looked up when the page renders.
/// </summary>
public static class UiStringKeys
{
    private static readonly string[] Functions = ["t", "tf"];

    public static IEnumerable<Diagnostic> Unknown(IEnumerable<(string Path, ScriptPage Page)> templates, UiStrings strings, string defaultLanguage, string stringsPath)
    {
        foreach (var (path, page) in templates)
            foreach (var call in Calls(page))
            {
                if (call.Target is not ScriptVariable { Name: var name } || !Functions.Contains(name)) continue;
                if (call.Arguments.Count == 0 || call.Arguments[0] is not ScriptLiteral { Value: string key }) continue;
                if (strings.Find(defaultLanguage, key) is not null) continue;
                yield return Diagnostic.Error("CL0513", $"the template asks for the UI string '{key}', which {stringsPath} does not have, so the page would show '{key}'; "
                    + $"add it to {stringsPath} (and the other languages' files), or correct the key{Suggestions.Hint(key, strings.Keys(defaultLanguage))}",
                    new SourceLocation(path, call.Span.Start.Line + 1, call.Span.Start.Column + 1));
            }
    }

    private static IEnumerable<ScriptFunctionCall> Calls(ScriptNode node)
    {
        var pending = new Stack<ScriptNode>([node]);
        while (pending.TryPop(out var current))
        {
            if (current is ScriptFunctionCall call) yield return call;
            for (var i = current.ChildrenCount - 1; i >= 0; i--)
                if (current.GetChildren(i) is { } child) pending.Push(child);
        }
    }
}
