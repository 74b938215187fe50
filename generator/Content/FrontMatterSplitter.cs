using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Yaml;

namespace CaseLibrary.Content;

/// <summary>The YAML block between the opening and closing <c>---</c> lines, and the Markdown after it.</summary>
/// <param name="HeadingLine">
/// The file line of a Markdown heading (## …) inside the YAML block, if any: when the block then fails to parse, its
/// closing '---' is missing and the one found is a thematic break further down (<see cref="FrontMatterSplitter.Unclosed"/>).
/// </param>
public sealed record FrontMatterSplit(string Yaml, int YamlLineOffset, string Body, int BodyLineOffset, int? HeadingLine = null);

public static partial class FrontMatterSplitter
{
    public static FrontMatterSplit? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (text.Trim().Length == 0)
        {
            diagnostics.Error("CL0110", "the file is empty: a case starts with front matter between '---' lines", SourceLocation.StartOf(file.Path));
            return null;
        }
        var firstEnd = text.IndexOf('\n');
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (firstLine.TrimEnd() != "---")
        {
            // A mistyped '---' (a long dash, four hyphens) is reported once and read as the '---' it stands for, so the
            // fields and the text below it get no messages of their own for it.
            if (MistypedDashLine.Describe(firstLine) is { } typed)
                diagnostics.Error("CL0111", MistypedDashLine.Message(typed, "open"), SourceLocation.StartOf(file.Path));
            else
            {
                diagnostics.Error("CL0111", OpeningProblem(text, firstLine), SourceLocation.StartOf(file.Path));
                return null;
            }
        }

        var yamlStart = firstEnd < 0 ? text.Length : firstEnd + 1;
        var position = yamlStart;
        var line = 2;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text[position..] : text[position..end];
            var closes = lineText.TrimEnd() is "---" or "...";
            // A mistyped closing '---' with no more fields below it: the front matter ends there, as was meant.
            if (!closes && MistypedDashLine.Describe(lineText) is { } typed && !FieldLine().IsMatch(end < 0 ? "" : text[(end + 1)..].TrimStart('\r', '\n')))
            {
                diagnostics.Error("CL0112", MistypedDashLine.Message(typed, "close"), new SourceLocation(file.Path, line, 1));
                closes = true;
            }
            if (closes)
            {
                var yaml = text[yamlStart..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatterSplit(yaml, 1, body, line, HeadingInside(text, yamlStart, position));
            }
            if (end < 0) break;
            position = end + 1;
            line++;
        }
        if (HeadingInside(text, yamlStart, text.Length) is { } inside) Unclosed(file, inside, diagnostics);
        else diagnostics.Error("CL0112", "the front matter is never closed: add a '---' line after it", SourceLocation.StartOf(file.Path));
        return null;
    }

    /// <summary>Why line 1 does not open the front matter, in the words of what the contributor sees.</summary>
    private static string OpeningProblem(string text, string firstLine)
    {
        if (firstLine.Trim() == "---")
            return "line 1 has space before its '---': the '---' that opens the front matter must start at the beginning of the line";
        var lines = text.Split('\n');
        var blank = lines.TakeWhile(l => l.Trim().Length == 0).Count();
        if (blank > 0 && blank < lines.Length && lines[blank].Trim() == "---")
            return $"the file starts with {(blank == 1 ? "an empty line" : $"{blank} empty lines")}: the '---' line that opens the front matter must be line 1, so delete the empty line{(blank == 1 ? "" : "s")} above it";
        return "a case must start with a '---' line that opens the front matter";
    }

    /// <summary>The 1-based line of the first Markdown heading (## …) between the opening '---' and <paramref name="end"/>.</summary>
    private static int? HeadingInside(string text, int start, int end)
    {
        var line = 2;
        for (var position = start; position < end;)
        {
            var next = text.IndexOf('\n', position);
            var lineEnd = next < 0 || next > end ? end : next;
            var lineText = text[position..lineEnd];
            if (HeadingPattern().IsMatch(lineText)) return line;
            if (next < 0) break;
            position = next + 1;
            line++;
        }
        return null;
    }

    /// <summary>CL0112 at a heading read as front matter: the closing '---' is missing above it.</summary>
    public static void Unclosed(SourceFile file, int headingLine, DiagnosticBag diagnostics) =>
        diagnostics.Error("CL0112", "the front matter is not closed before this heading, so the text from here on would be read as front matter: add a '---' line after the front matter's last line, above this heading",
            new SourceLocation(file.Path, headingLine, 1));

    /// <summary>
    /// The front matter's YAML as a mapping, or null after reporting why not. A block that cannot be read but holds a
    /// '## heading' lost its closing '---' (a '---' further down closed it): that is reported at the heading (CL0112)
    /// instead of the YAML errors it causes.
    /// </summary>
    public static YamlMapping? ReadMapping(SourceFile file, FrontMatterSplit split, DiagnosticBag diagnostics)
    {
        var yamlDiagnostics = new DiagnosticBag();
        var mapping = YamlDocumentReader.ReadMapping(split.Yaml, file.Path, split.YamlLineOffset, "the front matter must be a mapping of keys", yamlDiagnostics);
        if (mapping is null && split.HeadingLine is { } heading)
        {
            Unclosed(file, heading, diagnostics);
            return null;
        }
        diagnostics.AddRange(yamlDiagnostics.Sorted());
        return mapping;
    }

    /// <summary>
    /// True when line 1 opens front matter: '---', with nothing but spaces after it, or a mistyped '---' (a long dash)
    /// with a 'key:' line below it.
    /// </summary>
    public static bool Opens(string text)
    {
        var end = text.IndexOf('\n');
        var first = end < 0 ? text : text[..end];
        return first.TrimEnd() == "---" || (end >= 0 && MistypedDashLine.Describe(first) is not null && StartsWithKeyLine(text[(end + 1)..]));
    }

    /// <summary>Whether a body (after a front matter) starts with a 'key:' line: the front matter closed too early.</summary>
    public static bool StartsWithKeyLine(string body) => KeyLine().IsMatch(body.TrimStart('\n'));

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z_]+ *:( |$)")]
    private static partial System.Text.RegularExpressions.Regex KeyLine();

    /// <summary>A front matter field ('competences:'): its keys are lowercase, unlike a paragraph that starts 'Note: …'.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z_]+ *:( |\r?\n|$)")]
    private static partial System.Text.RegularExpressions.Regex FieldLine();

    [System.Text.RegularExpressions.GeneratedRegex(@"^#{2,6} +\S")]
    private static partial System.Text.RegularExpressions.Regex HeadingPattern();
}
