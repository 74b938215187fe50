namespace CaseLibrary.Loading;

/// <summary>
/// Finds the headless Chromium that <c>--pdf</c> prints with: <c>CASELIB_CHROMIUM</c> when set, else Debian's
/// <c>/usr/bin/chromium</c> or another usual install path. Never downloads a browser.
/// </summary>
public static class BrowserLocator
{
    public const string DefaultPath = "/usr/bin/chromium";

    private static readonly string[] Candidates = [DefaultPath, "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>The path that was asked for (for messages): the variable's value, or the default.</summary>
    public static string Wanted => Environment.GetEnvironmentVariable("CASELIB_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CASELIB_CHROMIUM") is { Length: > 0 } path) return File.Exists(path) ? path : null;
        return Candidates.FirstOrDefault(File.Exists);
    }
}
