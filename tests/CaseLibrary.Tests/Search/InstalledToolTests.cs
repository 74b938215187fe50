using System.Diagnostics;
using System.Xml.Linq;
using CaseLibrary.Loading;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// The generator packed as a dotnet tool carries the pinned search scripts (generator/CarriedPackages.targets), so an
/// installed <c>caselib</c> builds the whole site on a machine whose PATH holds dotnet and nothing else: the same bytes
/// as a build from theme/node_modules with Node.
/// </summary>
public sealed class InstalledToolTests
{
    [Fact]
    public void The_pack_targets_pin_the_same_files_hashes_and_archives_as_the_generator()
    {
        var targets = XDocument.Load(Path.Combine(RepoPaths.Root, "generator", "CarriedPackages.targets"));
        var scripts = targets.Descendants("CarriedScript").ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Sha256")!, StringComparer.Ordinal);
        var archives = targets.Descendants("CarriedPackageIntegrity").ToDictionary(e => (string)e.Attribute("Include")!, e => ((string)e.Attribute("Version")!, (string)e.Attribute("Integrity")!), StringComparer.Ordinal);

        Assert.Equal(PinnedPackages.Files.OrderBy(p => p.Key, StringComparer.Ordinal), scripts.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(PinnedPackages.Packages.OrderBy(p => p.Key, StringComparer.Ordinal), archives.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Contains("<Import Project=\"CarriedPackages.targets\" />", File.ReadAllText(Path.Combine(RepoPaths.Root, "generator", "CaseLibrary.Generator.csproj")));
    }

    /// <summary>Slow (pack, install, a build whose stemmers run in the built-in engine): one test for the whole journey.</summary>
    [Fact]
    public void An_installed_caselib_builds_the_sample_library_without_node_or_npm_byte_for_byte_like_a_build_with_node_modules()
    {
        using var temp = new TempFolder();
        var dotnet = new ProgramLocator(TestPrograms.SearchPath, []).Find("dotnet") ?? throw new InvalidOperationException("dotnet was not found on PATH");
        var dotnetFolder = Path.GetDirectoryName(new FileInfo(dotnet).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dotnet)!;
        Assert.False(File.Exists(Path.Combine(dotnetFolder, "node")) || File.Exists(Path.Combine(dotnetFolder, "npm")), $"{dotnetFolder} holds node or npm");

        // Packed and installed from a folder of our own only (no other package source, a private package cache).
        Run(dotnet, RepoPaths.Root, null, "pack", Path.Combine(RepoPaths.Root, "generator"), "-o", temp["nupkg"], "-nologo");
        temp.Write("nuget.config", $"""<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /><add key="local" value="{temp["nupkg"]}" /></packageSources></configuration>""");
        Run(dotnet, temp.Path, new() { ["NUGET_PACKAGES"] = temp["packages"] }, "tool", "install", "--tool-path", temp["tool"], "--configfile", temp["nuget.config"], "CaseLibrary.Generator");

        // The sample library and the theme without node_modules, built by the installed tool with only dotnet's folder on PATH.
        CopyFolder(Path.Combine(RepoPaths.Fixture("sample"), "cases"), temp["library/cases"]);
        var theme = ThemeCopy.Write(temp, packages: false);
        Directory.Move(theme, temp["library/theme"]);
        var onlyDotnet = new Dictionary<string, string> { ["PATH"] = dotnetFolder, ["DOTNET_ROOT"] = dotnetFolder, ["HOME"] = temp["home"], ["DOTNET_CLI_HOME"] = temp["home"], ["DOTNET_NOLOGO"] = "1" };
        var (stdout, stderr) = Run(Path.Combine(temp["tool"], "caselib"), temp["library"], onlyDotnet, clearEnvironment: true, "build", "--out", temp["tool-site"]);

        Assert.Contains("Search scripts: lunr 2.3.9 and lunr-languages 1.22.0 carried by this caselib (the theme has no node_modules; no npm, no download).", stdout);
        Assert.Contains("warning CL0312: 'node' was not found on PATH", stderr);
        Assert.DoesNotContain(": error ", stderr);
        Assert.False(Directory.Exists(temp["library/theme/node_modules"]));

        // The same library built from the source tree's theme/node_modules, with Node on PATH.
        var withNode = Caselib.Build(Path.Combine(RepoPaths.Fixture("sample"), "cases"), temp["node-site"]);
        Assert.True(withNode.ExitCode == 0, withNode.Stderr);
        Assert.Contains("from theme/node_modules", withNode.Stdout);
        Assert.DoesNotContain("CL0312", withNode.Stderr);

        var expected = FolderSnapshot.Of(temp["node-site"]);
        Assert.True(expected.Count > 100, $"{expected.Count} entries");
        Assert.Equal(expected, FolderSnapshot.Of(temp["tool-site"]));
    }

    private static (string Stdout, string Stderr) Run(string program, string folder, Dictionary<string, string>? environment, params string[] arguments) =>
        Run(program, folder, environment, clearEnvironment: false, arguments);

    private static (string Stdout, string Stderr) Run(string program, string folder, Dictionary<string, string>? environment, bool clearEnvironment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (clearEnvironment) start.Environment.Clear();
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{stdout}\n{stderr.Result}");
        return (stdout, stderr.Result);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
