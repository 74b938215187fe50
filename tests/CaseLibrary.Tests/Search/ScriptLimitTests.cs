using System.Diagnostics;
using System.Text;
using CaseLibrary.Build;
using CaseLibrary.Search;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// No search input and no script can hang the build (security review F4): words over <see cref="LongTokens.MaxLength"/>
/// characters never reach a stemmer, a Node child that stops answering is killed, and Jint stops runaway scripts.
/// </summary>
public sealed class ScriptLimitTests
{
    private static LunrTestEnvironment Env => LunrTestEnvironment.Instance;

    [Theory]
    [InlineData("short words stay", "short words stay")]
    [InlineData("", "")]
    [InlineData("keep 64-chars", "keep 64-chars")]
    public void Text_without_long_words_is_unchanged(string text, string expected) => Assert.Equal(expected, LongTokens.Drop(text));

    [Fact]
    public void Words_longer_than_the_limit_are_dropped_and_separators_kept()
    {
        var limit = new string('a', LongTokens.MaxLength);
        var over = new string('b', LongTokens.MaxLength + 1);
        Assert.Equal($"x {limit} \n y-", LongTokens.Drop($"x {limit} {over}\n y-{over}"));
        Assert.Equal(" end", LongTokens.Drop(over + " end"));
        Assert.Equal("start ", LongTokens.Drop("start " + over));
        Assert.Equal("", LongTokens.Drop(over));
    }

    [Fact]
    public void An_italian_case_with_a_huge_trimmer_redos_word_builds_in_seconds_and_its_index_equals_lunr_js()
    {
        using var temp = new TempFolder();
        var word = "a" + new string('!', 160_000) + "a";
        var cases = MiniLibrary.Write(temp,
            ("redos/en.md", MiniLibrary.Case(body: "## Context\n\nText.\n")),
            ("redos/it.md", MiniLibrary.Case(title: "Un caso", body: $"## Contesto\n\nTesto {word} finale città.\n")));

        var clock = Stopwatch.StartNew();
        var result = new BuildPipeline().Run(new BuildOptions(cases, RepoPaths.Theme, "unused", DisplayRoot: temp.Path) { SearchPath = TestPrograms.SearchPath, LunrIndex = true }, write: false);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var strings = CaseLibrary.Rendering.UiStringsParser.Parse(
            Directory.GetFiles(Path.Combine(RepoPaths.Theme, "i18n"), "*.yaml").ToDictionary(
                f => Path.GetFileNameWithoutExtension(f), f => new CaseLibrary.Loading.SourceFile(f, File.ReadAllText(f))),
            "en", new CaseLibrary.Diagnostics.DiagnosticBag());
        var documents = SearchCatalog.Documents(result.Model!, "it", code => strings.Find("it", "countries_names." + code) ?? code);
        Assert.DoesNotContain(documents.SelectMany(d => d.Values), v => v is not null && v.Contains(word, StringComparison.Ordinal));
        var expected = Env.RunReference("build-index.js", JsonText.IndexInput("it", SearchCatalog.Fields, documents));
        var published = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == SearchStage.IndexPath("it")).Bytes);
        Assert.Equal(expected, published);
        Assert.Contains(documents.SelectMany(d => d.Values), v => v is not null && v.Contains("Testo  finale città.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_node_child_that_never_answers_is_killed_and_the_failure_names_what_it_was_doing()
    {
        using var temp = new TempFolder();
        var pidFile = temp["pid"];
        var node = FakeNode(temp, $"echo $$ > '{pidFile}'\nexec sleep 300\n");

        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<ScriptLimitException>(() => NodeScriptHost.TryStart(Env.Scripts, node, TimeSpan.FromSeconds(1)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        Assert.Contains("did not finish loading lunr.js and lunr-languages within 1 s", error.Message);
        AssertGone(int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_node_child_that_stops_answering_during_a_run_fails_naming_the_language_and_later_calls_fail_at_once()
    {
        using var temp = new TempFolder();
        var pidFile = temp["pid"];
        var node = FakeNode(temp, $"echo $$ > '{pidFile}'\nhead -n 1 >/dev/null\necho '{{\"ok\":true}}'\nhead -n 1 >/dev/null\nexec sleep 300\n");
        // The fake child reads each request with head (buffered; bash's read takes a byte per system call, which
        // took over 5 s for the scripts on a loaded CI machine); the limit is generous as loading is not what is tested.
        using var host = NodeScriptHost.TryStart(Env.Scripts, node, TimeSpan.FromSeconds(10))!;

        var error = Assert.Throws<ScriptLimitException>(() => host.Run("it", ["trimmer-it", "stemmer-it"], ["parola"]));
        Assert.Contains("the 'it' search pipeline (trimmer-it, stemmer-it) on 1 words", error.Message);
        AssertGone(int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture));
        var clock = Stopwatch.StartNew();
        Assert.Throws<ScriptLimitException>(() => host.Labels("fr"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_node_child_that_dies_fails_with_its_last_message()
    {
        using var temp = new TempFolder();
        var node = FakeNode(temp, "head -n 1 >/dev/null\necho 'out of memory' >&2\nexit 134\n");
        var error = Assert.Throws<ScriptLimitException>(() => NodeScriptHost.TryStart(Env.Scripts, node, TimeSpan.FromSeconds(10)));
        Assert.Contains("stopped while loading lunr.js and lunr-languages: out of memory", error.Message);
    }

    [Theory]
    [InlineData("loop-xx", "function (token) { while (true) {} }")]
    [InlineData("recurse-xx", "function f (token) { return f(token) }")]
    [InlineData("regex-xx", "function (token) { return token.toString().replace(/^(a+)+$/, '') }")]
    public void Jint_stops_a_runaway_pipeline_function(string label, string function)
    {
        var script = $$"""
            lunr.Pipeline.registerFunction({{function}}, '{{label}}')
            lunr.xx = function () {
              this.pipeline.reset()
              this.pipeline.add(lunr.Pipeline.registeredFunctions['{{label}}'])
              this.searchPipeline.reset()
            }
            """;
        var scripts = Env.Scripts with { Languages = new Dictionary<string, string> { ["xx"] = script } };
        using var host = new JintScriptHost(scripts, TimeSpan.FromSeconds(3)); // loading lunr.js must fit in it on a busy machine
        Assert.Equal([label], host.Labels("xx").Index);

        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<ScriptLimitException>(() => host.Run("xx", [label], [new string('a', 40) + "!"]));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        Assert.Contains($"the search pipeline ({label}) for language 'xx'", error.Message);
    }

    [Fact]
    public void Jint_limits_each_call_not_the_whole_build()
    {
        using var host = new JintScriptHost(Env.Scripts, TimeSpan.FromSeconds(3));
        var (labels, _) = host.Labels("it");
        var clock = Stopwatch.StartNew();
        var calls = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(7))
            Assert.Single(host.Run("it", labels, ["parola" + calls++]));
        Assert.True(calls > 100, $"{calls} calls");
    }

    [Fact]
    public void Jint_limits_the_memory_of_each_call_not_of_the_whole_build()
    {
        const string script = """
            lunr.Pipeline.registerFunction(function (token) { return token.update(function (s) { return s + new Array(1 << 18).join('x').length }) }, 'big-xx')
            lunr.xx = function () { this.pipeline.reset(); this.pipeline.add(lunr.Pipeline.registeredFunctions['big-xx']); this.searchPipeline.reset() }
            """;
        using var host = new JintScriptHost(Env.Scripts with { Languages = new Dictionary<string, string> { ["xx"] = script } });
        var words = Enumerable.Range(0, 300).Select(i => "w" + i).ToList(); // 300 calls of 0.5 MB: over the 64 MiB limit together
        var terms = words.Select(w => host.Run("xx", ["big-xx"], [w])[0]).ToList();
        Assert.Equal("w299" + ((1 << 18) - 1), Assert.Single(terms[^1]));

        const string bomb = "function (token) { var a = []; while (true) a.push(new Array(1 << 16).join('x')) }";
        var error = Assert.Throws<ScriptLimitException>(() => new JintScriptHost(Env.Scripts with
        {
            Languages = new Dictionary<string, string> { ["xx"] = script.Replace("big-xx", "bomb-xx").Replace("function (token) { return token.update(function (s) { return s + new Array(1 << 18).join('x').length }) }", bomb) },
        }).Run("xx", ["bomb-xx"], ["w"]));
        Assert.Contains("the search pipeline (bomb-xx) for language 'xx'", error.Message);
    }

    private static string FakeNode(TempFolder temp, string body)
    {
        var path = temp.Write("fake-node.sh", "#!/bin/sh\n" + body);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private static void AssertGone(int pid)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < deadline && Directory.Exists($"/proc/{pid}") && !IsZombie(pid)) Thread.Sleep(50);
        Assert.True(!Directory.Exists($"/proc/{pid}") || IsZombie(pid), $"process {pid} still runs");
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2] == "Z";
        }
        catch (IOException)
        {
            return true;
        }
    }
}
