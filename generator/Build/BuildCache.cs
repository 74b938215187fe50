using CaseLibrary.Content;
using CaseLibrary.Loading;

namespace CaseLibrary.Build;

/// <summary>
/// What <c>serve</c> keeps from one build to the next, so a rebuild redoes only what changed: the text of each file
/// by (path, size, modification time), each parsed case version by its path and exact text, and the last load's
/// sources (a preview reads only the edited folders again). A run takes it as an input and hands back the next one
/// (<see cref="BuildResult.Cache"/>): the two caches go on, the sources are the ones this run loaded.
/// </summary>
public sealed class BuildCache
{
    public BuildCache()
        : this(new SourceFileCache(), new ParseCache(), null)
    {
    }

    private BuildCache(SourceFileCache files, ParseCache parses, LibrarySources? sources)
    {
        Files = files;
        Parses = parses;
        Sources = sources;
    }

    public SourceFileCache Files { get; }

    public ParseCache Parses { get; }

    /// <summary>What the last load read; null before the first.</summary>
    public LibrarySources? Sources { get; }

    /// <summary>The cache for the next run: the same file and parse caches, with what this run loaded.</summary>
    public BuildCache After(LibrarySources loaded) => new(Files, Parses, loaded);
}
