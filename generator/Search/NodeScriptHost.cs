using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace CaseLibrary.Search;

/// <summary>
/// lunr-languages run by Node, batched: one <c>node</c> child process per build receives the pinned scripts (already read
/// by the loader) over stdin, then whole vocabularies, one JSON line per request, and answers one JSON line each. The
/// functions are the same JavaScript as in Jint, so the terms are the same; V8 makes them ~100× faster.
/// The child reads no file and writes none. Every request has a time limit and the child a heap limit: a child that does
/// not answer in time is killed and the request fails with a <see cref="ScriptLimitException"/>.
/// </summary>
public sealed class NodeScriptHost : IScriptHost
{
    // The child: evaluates the scripts as browser globals would (UMD falls back to `root.lunr`), then answers requests.
    private const string Child = """
        'use strict';
        const vm = require('vm');
        const readline = require('readline');
        const pipelines = new Map();
        const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
        const reply = value => process.stdout.write(JSON.stringify(value) + '\n');
        lines.on('line', line => {
          try {
            const message = JSON.parse(line);
            if (message.op === 'load') {
              // module, exports, define and require hidden, as in a browser: the UMD wrappers set globalThis.lunr.
              for (const script of message.scripts) {
                vm.runInThisContext('(function (module, exports, define, require) {' + script.source + '\n}).call(globalThis)', { filename: script.name });
              }
              reply({ ok: true });
            } else if (message.op === 'labels') {
              const builder = new lunr.Builder();
              builder.use(lunr[message.language]);
              reply({ index: builder.pipeline.toJSON(), search: builder.searchPipeline.toJSON() });
            } else if (message.op === 'run') {
              let pipeline = pipelines.get(message.labels);
              if (!pipeline) {
                pipeline = new lunr.Pipeline();
                for (const label of message.labels.split(',')) {
                  const fn = lunr.Pipeline.registeredFunctions[label];
                  if (!fn) throw new Error('lunr has no registered function ' + label);
                  pipeline.add(fn);
                }
                pipelines.set(message.labels, pipeline);
              }
              reply({ terms: message.words.map(word => pipeline.runString(word)) });
            } else {
              throw new Error('unknown request ' + message.op);
            }
          } catch (error) {
            reply({ error: String(error && error.stack || error) });
          }
        });
        """;

    /// <summary>
    /// How long one request may take. The largest request, a whole language's vocabulary (tens of thousands of words of
    /// at most <see cref="LongTokens.MaxLength"/> characters), takes well under a second in V8.
    /// </summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>V8's heap limit for the child, in MiB; the scripts and the largest vocabulary need a few tens.</summary>
    public const int MaxHeapMegabytes = 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly Task<string> _stderr;
    private readonly TimeSpan _timeout;
    private string? _failure;

    private NodeScriptHost(Process process, TimeSpan timeout)
    {
        _process = process;
        _timeout = timeout;
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>
    /// Starts Node with the scripts loaded; null when there is no <c>node</c> to start. Throws
    /// <see cref="ScriptLimitException"/> when loading them takes longer than <paramref name="timeout"/>.
    /// </summary>
    /// <param name="node">Node's absolute path (<see cref="Loading.ProgramLocator"/>): a bare name would let Process.Start
    /// run a <c>node</c> file in the current folder.</param>
    public static NodeScriptHost? TryStart(LunrScripts scripts, string node, TimeSpan? timeout = null)
    {
        if (!Path.IsPathFullyQualified(node))
            throw new ArgumentException($"'{node}' is not an absolute path; a bare name can start a file in the current folder", nameof(node));
        var start = new ProcessStartInfo(node, ["--stack-size=4000", $"--max-old-space-size={MaxHeapMegabytes}", "-e", Child])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
        };
        // Node needs no PATH; none is passed, so nothing it might start is looked up in the sources.
        start.Environment.Remove("PATH");
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        if (process is null) return null;
        var host = new NodeScriptHost(process, timeout ?? DefaultTimeout);
        var sources = new List<object> { new { name = "lunr.js", source = scripts.Lunr }, new { name = "lunr.stemmer.support.js", source = scripts.StemmerSupport } };
        foreach (var (code, source) in scripts.Languages.OrderBy(p => p.Key, StringComparer.Ordinal))
            sources.Add(new { name = $"lunr.{code}.js", source });
        try
        {
            host.Request(new { op = "load", scripts = sources }, "loading lunr.js and lunr-languages");
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return host;
    }

    public (IReadOnlyList<string> Index, IReadOnlyList<string> Search) Labels(string language)
    {
        var answer = Request(new { op = "labels", language }, $"setting up the '{language}' search pipeline");
        return (Strings(answer.GetProperty("index")), Strings(answer.GetProperty("search")));
    }

    public IReadOnlyList<string>[] Run(string language, IReadOnlyList<string> labels, IReadOnlyList<string> words)
    {
        if (words.Count == 0) return [];
        var answer = Request(new { op = "run", labels = string.Join(',', labels), words }, $"the '{language}' search pipeline ({string.Join(", ", labels)}) on {words.Count} words");
        var terms = answer.GetProperty("terms");
        var results = new IReadOnlyList<string>[words.Count];
        var i = 0;
        foreach (var item in terms.EnumerateArray()) results[i++] = Strings(item);
        if (i != words.Count) throw new InvalidOperationException($"node answered {i} results for {words.Count} words");
        return results;
    }

    private JsonElement Request(object message, string what)
    {
        lock (_gate)
        {
            if (_failure is not null) throw new ScriptLimitException(_failure);
            // Writing is bounded too: a child that stopped reading fills the pipe, and a large request would block.
            var exchange = Exchange(JsonSerializer.Serialize(message));
            if (!exchange.Wait(_timeout))
            {
                _failure = $"Node (lunr-languages) did not finish {what} within {_timeout.TotalSeconds:F0} s and was stopped";
                Kill();
                throw new ScriptLimitException(_failure);
            }
            var line = exchange.Result;
            if (line is null)
            {
                _failure = $"Node (lunr-languages) stopped while {what}: " + (_stderr.Wait(2000) ? Last(_stderr.Result) : "no message");
                throw new ScriptLimitException(_failure);
            }
            var answer = JsonDocument.Parse(line).RootElement;
            if (answer.TryGetProperty("error", out var error)) throw new InvalidOperationException("lunr in node failed: " + error.GetString());
            return answer;
        }
    }

    private async Task<string?> Exchange(string request)
    {
        try
        {
            await _process.StandardInput.WriteLineAsync(request);
            await _process.StandardInput.FlushAsync();
            return await _process.StandardOutput.ReadLineAsync();
        }
        catch (IOException)
        {
            return null; // the child is gone: its stderr says why
        }
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }

    private static string Last(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "no message" : lines[^1];
    }

    private static string[] Strings(JsonElement array)
    {
        var values = new string[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray()) values[i++] = item.GetString()!;
        return values;
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000)) Kill();
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            Kill();
        }
        _process.Dispose();
    }
}
