namespace CaseLibrary.Markdown;

/// <summary>
/// Refuses Markdown nested absurdly deep before Markdig sees it: thousands of nested quotes or list levels make
/// parsing slow (minutes) or hit Markdig's depth limit. No real case indents a line by more than a few levels.
/// </summary>
public static class NestingGuard
{
    public const int MaxLinePrefix = 256;
    public const string Message = "the Markdown is nested too deeply (quotes, lists or brackets inside each other hundreds of times); simplify it";

    /// <summary>The 0-based index of the first line whose leading spaces, tabs and '&gt;' marks exceed the limit, or null.</summary>
    public static int? FirstTooDeepLine(string markdown)
    {
        var line = 0;
        var prefix = 0;
        var inPrefix = true;
        foreach (var c in markdown)
        {
            if (c == '\n')
            {
                line++;
                prefix = 0;
                inPrefix = true;
                continue;
            }
            if (!inPrefix) continue;
            if (c is ' ' or '\t' or '>') { if (++prefix > MaxLinePrefix) return line; }
            else inPrefix = false;
        }
        return null;
    }

    /// <summary>Markdig's own depth limit, thrown as an <see cref="ArgumentException"/>.</summary>
    public static bool IsDepthLimit(ArgumentException exception) =>
        exception.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase);
}
