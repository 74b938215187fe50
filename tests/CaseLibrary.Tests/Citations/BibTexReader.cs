using System.Text;

namespace CaseLibrary.Tests.Citations;

/// <summary>
/// A small BibTeX reader for the round-trip tests: one entry, brace-delimited fields (braces counted as BibTeX
/// counts them, backslash or not), then TeX decoding of the commands the writer uses. Written independently of
/// the writer, from the format's rules.
/// </summary>
public static class BibTexReader
{
    public sealed record Entry(string Type, string Key, IReadOnlyDictionary<string, string> Fields);

    public static Entry Parse(string text)
    {
        var at = text.IndexOf('@');
        Assert.True(at >= 0, "no @ in the BibTeX");
        var open = text.IndexOf('{', at);
        var type = text[(at + 1)..open];
        var comma = text.IndexOf(',', open);
        var key = text[(open + 1)..comma].Trim();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = comma + 1;
        while (true)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == ',')) i++;
            if (i >= text.Length || text[i] == '}') break;
            var equals = text.IndexOf('=', i);
            var name = text[i..equals].Trim();
            i = equals + 1;
            while (char.IsWhiteSpace(text[i])) i++;
            Assert.Equal('{', text[i]);
            var depth = 0;
            var start = i + 1;
            for (; i < text.Length; i++)
            {
                if (text[i] == '{') depth++;
                else if (text[i] == '}' && --depth == 0) break;
            }
            Assert.True(depth == 0, $"field '{name}' has unbalanced braces");
            Assert.False(fields.ContainsKey(name), $"field '{name}' twice");
            fields[name] = text[start..i];
            i++;
        }
        Assert.True(i < text.Length && text[i] == '}', "the entry is not closed");
        Assert.Equal("", text[(i + 1)..].Trim());
        return new Entry(type, key, fields);
    }

    /// <summary>TeX → text: the escapes and commands the writer may produce; plain braces are grouping and vanish.</summary>
    public static string Decode(string tex)
    {
        var commands = new (string Tex, string Text)[]
        {
            (@"\textbackslash{}", "\\"), (@"\textbraceleft{}", "{"), (@"\textbraceright{}", "}"),
            (@"\textasciitilde{}", "~"), (@"\textasciicircum{}", "^"),
            (@"\%", "%"), (@"\&", "&"), (@"\$", "$"), (@"\#", "#"), (@"\_", "_"),
        };
        var text = new StringBuilder();
        for (var i = 0; i < tex.Length;)
        {
            if (tex[i] == '\\')
            {
                var match = commands.FirstOrDefault(c => string.CompareOrdinal(tex, i, c.Tex, 0, c.Tex.Length) == 0);
                Assert.True(match.Tex is not null, $"unknown TeX command at {i} in '{tex}'");
                text.Append(match.Text);
                i += match.Tex!.Length;
            }
            else
            {
                Assert.False(tex[i] is '%' or '&' or '$' or '#' or '_' or '~' or '^', $"unescaped '{tex[i]}' in '{tex}'");
                if (tex[i] is not ('{' or '}')) text.Append(tex[i]);
                i++;
            }
        }
        return text.ToString();
    }

    /// <summary>Splits a name list on " and " outside braces, then each name on its first comma outside braces.</summary>
    public static IReadOnlyList<(string Family, string Given)> Names(string field)
    {
        var names = SplitTopLevel(field, " and ");
        return names.Select(n =>
        {
            var parts = SplitTopLevel(n, ",");
            return parts.Count == 1 ? (Decode(parts[0].Trim()), "") : (Decode(parts[0].Trim()), Decode(string.Join(",", parts.Skip(1)).Trim()));
        }).ToList();
    }

    private static List<string> SplitTopLevel(string text, string separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}') depth--;
            else if (depth == 0 && string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)
            {
                parts.Add(text[start..i]);
                start = i + separator.Length;
                i = start - 1;
            }
        }
        parts.Add(text[start..]);
        return parts;
    }
}
