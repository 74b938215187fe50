using CaseLibrary.Rendering;

namespace CaseLibrary.Build;

/// <summary><c>check</c>'s sink: every file is dropped once the link check has recorded what it needs; nothing is written.</summary>
public sealed class DiscardedOutput : IOutputSink
{
    public void Add(OutputFile file)
    {
    }
}
