using CaseLibrary.Search;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// Crude documents from the real library: every cases/*/&lt;lang&gt;.md, title and summary from
/// the front-matter lines of those names, body = everything after the front matter.
/// </summary>
internal static class CaseFiles
{
    public static readonly SearchField[] Fields = [new("title", 10), new("summary", 5), new("body")];

    public static IReadOnlyList<SearchDocument> Documents(string repoRoot, string language)
    {
        string cases = Path.Combine(repoRoot, "cases");
        if (!Directory.Exists(cases)) return [];
        return Directory.GetDirectories(cases)
            .Select(dir => Path.Combine(dir, language + ".md"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(Path.GetFileName(Path.GetDirectoryName(path))!, File.ReadAllText(path)))
            .ToArray();
    }

    /// <summary>All text of all cases in a language, for word samples.</summary>
    public static IEnumerable<string> Texts(string repoRoot, string language) =>
        Documents(repoRoot, language).SelectMany(doc => doc.Values);

    private static SearchDocument Parse(string docRef, string text)
    {
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        string title = "", summary = "";
        int bodyStart = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            int end = Array.FindIndex(lines, 1, line => line.Trim() == "---");
            for (int i = 1; i < (end < 0 ? lines.Length : end); i++)
            {
                if (lines[i].StartsWith("title:", StringComparison.Ordinal)) title = Value(lines[i]);
                if (lines[i].StartsWith("summary:", StringComparison.Ordinal)) summary = Value(lines[i]);
            }
            bodyStart = end < 0 ? lines.Length : end + 1;
        }
        return new SearchDocument(docRef, [title, summary, string.Join("\n", lines.Skip(bodyStart))]);
    }

    private static string Value(string line) => line[(line.IndexOf(':') + 1)..].Trim().Trim('"', '\'');
}
