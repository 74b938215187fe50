using CaseLibrary.Contract;
using CaseLibrary.Diagnostics;
using CaseLibrary.Yaml;

namespace CaseLibrary.Content;

/// <summary>
/// What a case's own text can show is wrong before anything is cross-referenced: example values of <c>caselib new</c>
/// left in (CL0170), a body with no text (CL0172), a summary far longer than "one to three sentences" (CL0173).
/// A draft gets warnings (it is work in progress and not published); a version to be published gets errors.
/// </summary>
public static partial class CaseTextChecks
{
    /// <summary>More sentences than this is "far over three": the summary shows on every card of every list.</summary>
    public const int MaxSummarySentences = 4;

    public const int MaxSummaryCharacters = 700;

    /// <summary>CL0170: the example values of the scaffold, each at its position (one warning for a whole draft).</summary>
    public static void Placeholders(IReadOnlyList<(SourceLocation At, string What, string Fix)> found, bool draft, DiagnosticBag diagnostics)
    {
        if (found.Count == 0) return;
        if (draft)
        {
            diagnostics.Warning("CL0170", $"this draft still has {found.Count} example value(s) written by 'caselib new', the first here ({found[0].What}): replace each one before you remove 'draft: true'", found[0].At);
            return;
        }
        foreach (var (at, what, fix) in found)
            diagnostics.Error("CL0170", $"{what} is still the example written by 'caselib new': {fix}", at);
    }

    /// <summary>The body lines that still start with the scaffold's example paragraph (0-based line within the body).</summary>
    public static IEnumerable<int> PlaceholderParagraphs(string body)
    {
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (Contract.Placeholders.IsParagraph(lines[i])) yield return i;
    }

    /// <summary>CL0172: a body that is empty, or has headings and nothing under them, publishes a page with no text.</summary>
    public static void EmptyBody(string body, bool draft, SourceLocation at, DiagnosticBag diagnostics)
    {
        var hasText = body.Split('\n').Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
        if (hasText) return;
        const string message = "the case has no text below the front matter, so its page would be empty: write the case in Markdown after the closing '---' line (sections start with ## and a heading)";
        if (draft) diagnostics.Warning("CL0172", message, at);
        else diagnostics.Error("CL0172", message, at);
    }

    /// <summary>CL0173: a summary far over three sentences (or very long) crowds every list page it appears on.</summary>
    public static void LongSummary(string summary, SourceLocation at, DiagnosticBag diagnostics)
    {
        var sentences = Sentences(summary);
        if (sentences <= MaxSummarySentences && summary.Length <= MaxSummaryCharacters) return;
        diagnostics.Warning("CL0173", $"the summary has {sentences} sentence(s) and {summary.Length} characters; it shows on every list of cases, so keep it to one to three sentences (under {MaxSummaryCharacters} characters) and move the rest into the text of the case", at);
    }

    /// <summary>CL0138 for tags: the same tag twice (capitals aside) shows twice on the case page and in its search document.</summary>
    public static void RepeatedTags(IReadOnlyList<YamlScalar> tags, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags)
            if (tag.Value.Trim() is { Length: > 0 } text && !seen.Add(text))
                diagnostics.Warning("CL0138", $"tag '{text}' is listed twice (capitals aside): keep it once", tag.Location);
    }

    /// <summary>
    /// CL0179: Markdown in a front-matter text (title, summary, an objective or a question), which the site shows as
    /// plain text: **bold**, *emphasis*, `code` or [a link](address) would be published with its marks.
    /// </summary>
    public static void MarkdownInPlainText(string what, YamlScalar text, DiagnosticBag diagnostics)
    {
        var match = MarkdownMarks().Match(text.Value);
        if (!match.Success) return;
        diagnostics.Warning("CL0179", $"{what} is plain text, so the Markdown in it ({Shorten(match.Value)}) would be shown as typed, marks and all: "
            + "write it without the marks" + (match.Value.StartsWith('[') ? " (put the link in the text of the case instead)" : ""), text.Location);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…";

    /// <summary>**bold**, __bold__, *emphasis* (not a lone asterisk), `code`, [text](address).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__|(?<![\w*])\*[^*\s][^*]*(?<!\s)\*(?![\w*])|`[^`]+`|\[[^\]]+\]\([^)\s]+\)")]
    private static partial System.Text.RegularExpressions.Regex MarkdownMarks();

    /// <summary>Sentence ends: '.', '!', '?' or '…' followed by the end, or by a space and a capital letter, digit or quote.</summary>
    public static int Sentences(string text)
    {
        var count = 0;
        var trimmed = text.Trim();
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] is not ('.' or '!' or '?' or '…')) continue;
            if (i + 1 < trimmed.Length && trimmed[i + 1] is '.' or '!' or '?' or '…') continue;
            if (i == trimmed.Length - 1) { count++; continue; }
            if (!char.IsWhiteSpace(trimmed[i + 1])) continue;
            var next = i + 1;
            while (next < trimmed.Length && char.IsWhiteSpace(trimmed[next])) next++;
            if (next < trimmed.Length && (char.IsUpper(trimmed[next]) || char.IsDigit(trimmed[next]) || trimmed[next] is '"' or '“' or '«' or '„' or '\'')) count++;
        }
        return trimmed.Length > 0 && trimmed[^1] is not ('.' or '!' or '?' or '…') ? count + 1 : count;
    }
}
