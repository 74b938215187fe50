namespace CaseLibrary.BrowserTests.Support;

/// <summary>
/// Which browser the tests drive and what happens when it is missing: Debian's Chromium, never a
/// downloaded one. Missing on a developer's machine: the tests skip. Missing with CI=true: they fail.
/// </summary>
public static class BrowserEnvironment
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>Debian's Chromium; CASELIB_CHROMIUM may point elsewhere (e.g. to check the skip policy).</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CASELIB_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromiumPath;

    /// <summary>Flags for a root user on a machine whose only network is loopback.</summary>
    public static readonly IReadOnlyList<string> ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    /// <summary>The reason to skip, or null when the tests must run (browser present, or CI=true).</summary>
    public static string? SkipReason =>
        ChromiumInstalled || IsCi
            ? null
            : $"Browser test skipped: Chromium not found at {ChromiumPath}. Install Debian's package (apt-get install chromium) to run it; with CI=true a missing browser fails instead.";

    public static string MissingInCiMessage =>
        $"Chromium not found at {ChromiumPath} and CI=true, so the browser tests must run: install Debian's package (apt-get install chromium) in .ci/run. Playwright's own browser download is not used.";
}
