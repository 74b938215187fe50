using System.Collections.Concurrent;

namespace CaseLibrary.Search;

/// <summary>
/// lunr-languages in Jint, one engine per language, in process. Exact but slow (a tenth of a millisecond or more per
/// word): the fallback when Node is missing, and the host the unit tests use for small inputs.
/// </summary>
public sealed class JintScriptHost : IScriptHost
{
    private readonly LunrScripts _scripts;
    private readonly ConcurrentDictionary<string, Lazy<LunrLanguagesEngine>> _engines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), Func<string, IReadOnlyList<string>>> _segments = new();
    private readonly Lock _gate = new();
    private readonly TimeSpan? _callTimeout;

    /// <param name="callTimeout">The time limit of each call into the engine; <see cref="LunrLanguagesEngine.DefaultCallTimeout"/> if null.</param>
    public JintScriptHost(LunrScripts scripts, TimeSpan? callTimeout = null)
    {
        _scripts = scripts;
        _callTimeout = callTimeout;
    }

    public (IReadOnlyList<string> Index, IReadOnlyList<string> Search) Labels(string language)
    {
        lock (_gate)
        {
            var engine = Engine(language);
            return (engine.IndexLabels, engine.SearchLabels);
        }
    }

    public IReadOnlyList<string>[] Run(string language, IReadOnlyList<string> labels, IReadOnlyList<string> words)
    {
        lock (_gate)
        {
            var segment = _segments.GetOrAdd((language, string.Join(',', labels)), _ => Engine(language).CreateSegment(labels));
            var results = new IReadOnlyList<string>[words.Count];
            for (var i = 0; i < words.Count; i++) results[i] = segment(words[i]);
            return results;
        }
    }

    private LunrLanguagesEngine Engine(string language) =>
        _engines.GetOrAdd(language, code => new Lazy<LunrLanguagesEngine>(() => LunrLanguagesEngine.Load(_scripts, code, _callTimeout))).Value;

    public void Dispose() { }
}
