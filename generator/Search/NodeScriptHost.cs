using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace CaseLibrary.Search;

/// <summary>
/// lunr-languages run by Node, batched: one <c>node</c> child process per build receives the pinned scripts (already read
/// by the loader) over stdin, then whole vocabularies, one JSON line per request, and answers one JSON line each. The
/// functions are the same JavaScript as in Jint, so the terms are the same; V8 makes them ~100× faster.
/// The child reads no file and writes none.
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

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly Task<string> _stderr;

    private NodeScriptHost(Process process)
    {
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts Node with the scripts loaded; null when there is no <c>node</c> to start.</summary>
    public static NodeScriptHost? TryStart(LunrScripts scripts, string node = "node")
    {
        var start = new ProcessStartInfo(node, ["--stack-size=4000", "-e", Child])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
        };
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
        var host = new NodeScriptHost(process);
        var sources = new List<object> { new { name = "lunr.js", source = scripts.Lunr }, new { name = "lunr.stemmer.support.js", source = scripts.StemmerSupport } };
        foreach (var (code, source) in scripts.Languages.OrderBy(p => p.Key, StringComparer.Ordinal))
            sources.Add(new { name = $"lunr.{code}.js", source });
        host.Request(new { op = "load", scripts = sources });
        return host;
    }

    public (IReadOnlyList<string> Index, IReadOnlyList<string> Search) Labels(string language)
    {
        var answer = Request(new { op = "labels", language });
        return (Strings(answer.GetProperty("index")), Strings(answer.GetProperty("search")));
    }

    public IReadOnlyList<string>[] Run(string language, IReadOnlyList<string> labels, IReadOnlyList<string> words)
    {
        if (words.Count == 0) return [];
        var answer = Request(new { op = "run", labels = string.Join(',', labels), words });
        var terms = answer.GetProperty("terms");
        var results = new IReadOnlyList<string>[words.Count];
        var i = 0;
        foreach (var item in terms.EnumerateArray()) results[i++] = Strings(item);
        if (i != words.Count) throw new InvalidOperationException($"node answered {i} results for {words.Count} words");
        return results;
    }

    private JsonElement Request(object message)
    {
        lock (_gate)
        {
            _process.StandardInput.WriteLine(JsonSerializer.Serialize(message));
            _process.StandardInput.Flush();
            var line = _process.StandardOutput.ReadLine()
                ?? throw new InvalidOperationException("node stopped: " + (_stderr.Wait(2000) ? _stderr.Result.Trim() : "no message"));
            var answer = JsonDocument.Parse(line).RootElement;
            if (answer.TryGetProperty("error", out var error)) throw new InvalidOperationException("lunr in node failed: " + error.GetString());
            return answer;
        }
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
            if (!_process.WaitForExit(5000)) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
