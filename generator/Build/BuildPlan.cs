namespace CaseLibrary.Build;

/// <summary>Which stages a command runs (see <see cref="BuildPipeline"/>).</summary>
public enum BuildPlan
{
    /// <summary>
    /// <c>check</c>: load, configure, parse, model, theme, render and the link check, drafts included (a draft's links
    /// are checked before it is published, not after). No package is installed or read,
    /// no process is started, nothing is written: the search pages are rendered with stand-ins for the lunr scripts.
    /// </summary>
    Check,

    /// <summary><c>serve</c>: every stage of <see cref="Build"/> except writing; the site stays in memory.</summary>
    Serve,

    /// <summary><c>build</c>: the pinned packages (installed without scripts if missing, then verified), search, check, write.</summary>
    Build,
}
