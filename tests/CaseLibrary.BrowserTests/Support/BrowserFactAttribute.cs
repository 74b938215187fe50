namespace CaseLibrary.BrowserTests.Support;

/// <summary>A test that needs the real browser: skipped with a message when Chromium is missing, unless CI=true.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.SkipReason is { } reason) Skip = reason;
    }
}
