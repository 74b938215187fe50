namespace CaseLibrary.Diagnostics.Catalogue;

/// <summary>Where a problem is found, in the order the stages run: a problem of an earlier stage is more often a root cause.</summary>
public enum DiagnosticStage
{
    /// <summary>The command line itself: the output or schema folder is refused before anything runs.</summary>
    Command,
    Load,
    Configure,
    Packages,
    Parse,
    Model,
    Theme,
    Render,
    Search,
    Check,
    Write,
}
