using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;

namespace CaseLibrary.Content;

/// <summary>The YAML block between the opening and closing <c>---</c> lines, and the Markdown after it.</summary>
public sealed record FrontMatterSplit(string Yaml, int YamlLineOffset, string Body, int BodyLineOffset);

public static class FrontMatterSplitter
{
    public static FrontMatterSplit? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (text.Trim().Length == 0)
        {
            diagnostics.Error("CL0110", "the file is empty: a case starts with front matter between '---' lines", SourceLocation.StartOf(file.Path));
            return null;
        }
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---"))
        {
            diagnostics.Error("CL0111", "a case must start with a '---' line that opens the front matter", SourceLocation.StartOf(file.Path));
            return null;
        }

        var yamlStart = 4;
        var position = yamlStart;
        var line = 2;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text[position..] : text[position..end];
            if (lineText.TrimEnd() is "---" or "...")
            {
                var yaml = text[yamlStart..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatterSplit(yaml, 1, body, line);
            }
            if (end < 0) break;
            position = end + 1;
            line++;
        }
        diagnostics.Error("CL0112", "the front matter is never closed: add a '---' line after it", SourceLocation.StartOf(file.Path));
        return null;
    }
}
