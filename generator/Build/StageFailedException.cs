namespace CaseLibrary.Build;

/// <summary>An unexpected exception (a bug, or the machine failing), tagged with the stage it happened in.</summary>
public sealed class StageFailedException(string stage, Exception inner)
    : Exception($"the {stage} stage failed: {inner.Message}", inner)
{
    public string Stage { get; } = stage;
}
