namespace CaseLibrary.BrowserTests.Support;

/// <summary>A data-driven <see cref="BrowserFactAttribute"/>: skipped when Chromium is missing, unless CI=true.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserEnvironment.SkipReason is { } reason) Skip = reason;
    }
}
