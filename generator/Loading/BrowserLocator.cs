namespace CaseLibrary.Loading;

/// <summary>
/// Finds the headless Chromium that <c>--pdf</c> prints with: the configured path (CASELIB_CHROMIUM, read by the
/// command line) when there is one, else Debian's <c>/usr/bin/chromium</c> or another usual install path.
/// Never downloads a browser.
/// </summary>
public static class BrowserLocator
{
    public const string DefaultPath = "/usr/bin/chromium";

    private static readonly string[] Candidates = [DefaultPath, "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>The path that was asked for (for messages): the configured one, or the default.</summary>
    public static string Wanted(string? configured) => configured is { Length: > 0 } ? configured : DefaultPath;

    public static string? Find(string? configured)
    {
        // Only an absolute path: Process.Start would look for a bare or relative name in the current folder first.
        if (configured is { Length: > 0 }) return Path.IsPathFullyQualified(configured) && File.Exists(configured) ? configured : null;
        return Candidates.FirstOrDefault(File.Exists);
    }
}
