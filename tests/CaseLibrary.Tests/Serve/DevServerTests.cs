using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CaseLibrary.Build;
using CaseLibrary.Serve;
using CaseLibrary.Tests.Support;
using Xunit.Abstractions;

namespace CaseLibrary.Tests.Serve;

/// <summary>
/// serve over real HTTP on a copy of the tiny library: pages come from memory with the live-reload script, an edited
/// case is rebuilt and published, a broken file publishes its diagnostics while the last good site stays served, and
/// the fix brings the site back.
/// </summary>
public sealed class DevServerTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(120) };

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private async Task<JsonElement> State(DevServer server) =>
        JsonDocument.Parse(await _http.GetStringAsync(server.Url + "__caselib/state")).RootElement;

    private async Task<JsonElement> WaitForState(DevServer server, Func<JsonElement, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var state = await State(server);
            if (done(state)) return state;
            await Task.Delay(20);
        }
        throw new TimeoutException("serve did not publish in 60 s; last state: " + (await State(server)).GetRawText());
    }

    [Fact]
    public async Task EditsAreRebuiltAndErrorsShownWhileTheLastGoodSiteIsServed()
    {
        var cases = _temp["cases"];
        Copy(RepoPaths.Fixture("tiny") + "/cases", cases);
        var options = new BuildOptions(cases, RepoPaths.Theme, "", DisplayRoot: _temp.Path) { SearchPath = TestPrograms.SearchPath };
        await using var server = await DevServer.StartAsync(options, 0, TextWriter.Null);

        var page = await _http.GetStringAsync(server.Url + "en/cases/alpha-case/");
        Assert.Contains(DevServer.LiveScriptPath, page);
        Assert.Contains("text/javascript", (await _http.GetAsync(server.Url + DevServer.LiveScriptPath.TrimStart('/'))).Content.Headers.ContentType!.ToString());
        var redirect = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }).GetAsync(server.Url + "en/cases/alpha-case");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(server.Url + "en/no-such-page/")).StatusCode);
        var version = (await State(server)).GetProperty("version").GetInt32();

        // An edit: the case page is republished with the new title.
        var file = Path.Combine(cases, "alpha-case", "en.md");
        var original = await File.ReadAllTextAsync(file);
        var edited = System.Text.RegularExpressions.Regex.Replace(original, "(?m)^title: .*$", "title: \"Alpha, edited while serving\"");
        Assert.NotEqual(original, edited);
        var clock = Stopwatch.StartNew();
        await File.WriteAllTextAsync(file, edited);
        await WaitForState(server, s => s.GetProperty("version").GetInt32() > version);
        output.WriteLine($"edit published after {clock.ElapsedMilliseconds} ms");
        Assert.Contains("Alpha, edited while serving", await _http.GetStringAsync(server.Url + "en/cases/alpha-case/"));

        // A broken file: its diagnostic is published, the last good page is still served.
        await File.WriteAllTextAsync(file, edited.Replace("title: \"Alpha, edited while serving\"", "title: [unclosed"));
        var broken = await WaitForState(server, s => s.GetProperty("problems").EnumerateArray().Any(p => p.GetProperty("severity").GetString() == "error"));
        var problem = broken.GetProperty("problems").EnumerateArray().First(p => p.GetProperty("severity").GetString() == "error").GetProperty("text").GetString()!;
        // The file is emptied and then written: the watcher waits for a file it sees empty, so the first error is the
        // file's own (once, on a loaded CI machine, the rebuild read it empty and published CL0110 first).
        Assert.Matches(@"alpha-case/en\.md\(\d+,\d+\): error YAML019", problem);
        Assert.Contains("Alpha, edited while serving", await _http.GetStringAsync(server.Url + "en/cases/alpha-case/"));

        // The fix: problems gone, a new version to reload to.
        var brokenVersion = broken.GetProperty("version").GetInt32();
        await File.WriteAllTextAsync(file, original);
        await WaitForState(server, s => s.GetProperty("version").GetInt32() > brokenVersion && s.GetProperty("problems").EnumerateArray().All(p => p.GetProperty("severity").GetString() != "error"));
        Assert.DoesNotContain("Alpha, edited while serving", await _http.GetStringAsync(server.Url + "en/cases/alpha-case/"));
    }

    [Fact]
    public async Task ALibraryThatNeverBuiltGetsAProblemPageAndRecovers()
    {
        var cases = _temp["cases"];
        Copy(RepoPaths.Fixture("tiny") + "/cases", cases);
        var library = Path.Combine(cases, "library.yaml");
        var good = await File.ReadAllTextAsync(library);
        await File.WriteAllTextAsync(library, good + "\nno_such_setting: 1\n");
        var options = new BuildOptions(cases, RepoPaths.Theme, "", DisplayRoot: _temp.Path) { SearchPath = TestPrograms.SearchPath };
        await using var server = await DevServer.StartAsync(options, 0, TextWriter.Null);

        var response = await _http.GetAsync(server.Url + "en/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("library.yaml", body);
        Assert.Contains(DevServer.LiveScriptPath, body);

        await File.WriteAllTextAsync(library, good);
        await WaitForState(server, s => s.GetProperty("problems").EnumerateArray().All(p => p.GetProperty("severity").GetString() != "error") && s.GetProperty("version").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(server.Url + "en/")).StatusCode);
    }

    public void Dispose()
    {
        _http.Dispose();
        _temp.Dispose();
    }
}
