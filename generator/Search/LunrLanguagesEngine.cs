using System.Globalization;
using Jint;
using Jint.Native;

namespace CaseLibrary.Search;

/// <summary>
/// A Jint engine with lunr.js, lunr.stemmer.support.js and one lunr.&lt;code&gt;.js loaded, so
/// the language's trimmer, stop-word filter and stemmer run exactly as the pinned JavaScript
/// defines them. Not thread-safe: <see cref="LanguagePipeline"/> serialises the calls.
/// Every call runs under limits (time, memory, regular-expression time, recursion); running past one throws
/// <see cref="ScriptLimitException"/>.
/// </summary>
internal sealed class LunrLanguagesEngine
{
    // Builds a lunr.Pipeline from registered functions and returns a function that runs one
    // word through it, the resulting terms length-prefixed ("3:abc1:d") so any text survives.
    private const string SegmentFactory = """
        (function (lunr, labels) {
          var pipeline = new lunr.Pipeline()
          labels.split(',').forEach(function (label) {
            var fn = lunr.Pipeline.registeredFunctions[label]
            if (!fn) throw new Error('lunr has no registered function ' + label)
            pipeline.add(fn)
          })
          return function (word) {
            var terms = pipeline.runString(word), out = ''
            for (var i = 0; i < terms.length; i++) out += terms[i].length + ':' + terms[i]
            return out
          }
        })
        """;

    // The labels of the pipelines lunr.<code> sets up on a builder, "index|search".
    private const string PipelineLabels = """
        (function (lunr, language) {
          var builder = new lunr.Builder()
          builder.use(lunr[language])
          return builder.pipeline.toJSON().join(',') + '|' + builder.searchPipeline.toJSON().join(',')
        })
        """;

    /// <summary>The default limit per call: loading a script or running one word through a pipeline takes milliseconds.</summary>
    public static readonly TimeSpan DefaultCallTimeout = TimeSpan.FromSeconds(30);

    public const long MaxMemoryBytes = 64L * 1024 * 1024; // per call: one word through a pipeline allocates kilobytes

    public const int MaxRecursion = 1000;

    private readonly Engine engine;
    private readonly string language;
    private readonly JsValue lunr;

    private LunrLanguagesEngine(Engine engine, string language)
    {
        this.engine = engine;
        this.language = language;
        lunr = engine.GetValue("lunr");
        string labels = Limited("setting up the search pipeline", () => engine.Invoke(engine.Evaluate(PipelineLabels), lunr, language).AsString());
        string[] parts = labels.Split('|');
        IndexLabels = parts[0].Split(',');
        SearchLabels = parts[1].Split(',');
    }

    /// <summary>lunr.&lt;code&gt;'s index pipeline, e.g. trimmer-fr, stopWordFilter-fr, accentFold-fr, stemmer-fr.</summary>
    public IReadOnlyList<string> IndexLabels { get; }

    /// <summary>lunr.&lt;code&gt;'s search pipeline, e.g. trimmer-fr, accentFold-fr, stemmer-fr.</summary>
    public IReadOnlyList<string> SearchLabels { get; }

    public static LunrLanguagesEngine Load(LunrScripts scripts, string language, TimeSpan? callTimeout = null)
    {
        var timeout = callTimeout ?? DefaultCallTimeout;
        if (!scripts.Languages.TryGetValue(language, out string? languageScript))
        {
            throw new ArgumentException($"No lunr-languages script loaded for language '{language}'.", nameof(language));
        }
        var engine = new Engine(options => options
            .TimeoutInterval(timeout)
            .RegexTimeoutInterval(timeout)
            .LimitMemory(MaxMemoryBytes)
            .LimitRecursion(MaxRecursion));
        Limited(language, "loading lunr-languages", () =>
        {
            engine.Execute(scripts.Lunr, "lunr.js");
            engine.Execute(scripts.StemmerSupport, "lunr.stemmer.support.js");
            return engine.Execute(languageScript, $"lunr.{language}.js");
        });
        return new LunrLanguagesEngine(engine, language);
    }

    /// <summary>A callable that runs consecutive registered functions, as one lunr.Pipeline.</summary>
    public Func<string, IReadOnlyList<string>> CreateSegment(IReadOnlyList<string> labels)
    {
        string names = string.Join(',', labels);
        JsValue segment = Limited("setting up the search pipeline", () => engine.Invoke(engine.Evaluate(SegmentFactory), lunr, names));
        string what = $"the search pipeline ({string.Join(", ", labels)})";
        return word => Decode(Limited(what, () => engine.Invoke(segment, word).AsString()));
    }

    private T Limited<T>(string what, Func<T> call) => Limited(language, what, call);

    private static T Limited<T>(string language, string what, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception ex) when (ex is TimeoutException or Jint.Runtime.MemoryLimitExceededException
            or Jint.Runtime.RecursionDepthOverflowException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            throw new ScriptLimitException($"the built-in JavaScript engine stopped {what} for language '{language}': {ex.Message}");
        }
    }

    private static List<string> Decode(string encoded)
    {
        var terms = new List<string>(2);
        int i = 0;
        while (i < encoded.Length)
        {
            int colon = encoded.IndexOf(':', i);
            int length = int.Parse(encoded.AsSpan(i, colon - i), NumberStyles.None, CultureInfo.InvariantCulture);
            terms.Add(encoded.Substring(colon + 1, length));
            i = colon + 1 + length;
        }
        return terms;
    }
}
