namespace CaseLibrary.Rendering;

/// <summary>
/// Where the rendering and search stages hand each file as soon as it is made, so no stage holds the whole site:
/// <c>build</c> streams them to the writer's staging folder, <c>check</c> discards their bytes, <c>serve</c> keeps
/// them in memory. Called from several threads at once; the order of calls is not the order of the site.
/// </summary>
public interface IOutputSink
{
    void Add(OutputFile file);
}
