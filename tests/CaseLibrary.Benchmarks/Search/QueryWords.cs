using CaseLibrary.Content;
using CaseLibrary.Model;

namespace CaseLibrary.Benchmarks.Search;

/// <summary>
/// Query words that exist in the corpus, picked from one language's case titles by how many cases use them
/// (document frequency over title, summary and body), so the figures follow the corpus rather than a fixed word.
/// </summary>
public static class QueryWords
{
    /// <summary>Title words (letters only, 5+ characters) ordered by how close their document frequency is to <paramref name="share"/>.</summary>
    public static IEnumerable<(string Word, int Cases)> Near(LibraryModel model, string lang, double share)
    {
        var versions = model.Cases.Select(c => c.In(lang)).OfType<CaseDocument>().ToList();
        var words = versions.Select(v => Words(v.Title + " " + v.Summary + " " + string.Join("\n", v.Body.Sections.Select(s => s.Heading + "\n" + s.Text)))).ToList();
        var candidates = versions.SelectMany(v => Words(v.Title)).Where(w => w.Length >= 5).Distinct().Order(StringComparer.Ordinal);
        var target = share * versions.Count;
        return candidates
            .Select(w => (Word: w, Cases: words.Count(set => set.Contains(w))))
            .OrderBy(x => Math.Abs(x.Cases - target))
            .ThenBy(x => x.Word, StringComparer.Ordinal);
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().SplitWhere(c => !char.IsLetter(c)).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static string[] SplitWhere(this string text, Func<char, bool> separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !separator(text[i])) continue;
            if (i > start) parts.Add(text[start..i]);
            start = i + 1;
        }
        return [.. parts];
    }
}
