using System.Text.Json;
using CaseLibrary.Diagnostics;
using CaseLibrary.Search;

namespace CaseLibrary.Loading;

/// <summary>
/// The theme's pinned npm packages (lunr, lunr-languages) for <c>build</c> and <c>serve</c> (<c>check</c> never comes
/// here). theme/package.json and package-lock.json must pin exactly <see cref="PinnedPackages"/>; when theme/node_modules
/// is missing it is installed with <c>npm ci --ignore-scripts</c> (no install script of any package runs) under a time
/// limit; then every file read from it must match its pinned SHA-256, so a committed, changed or linked node_modules is
/// refused, never trusted. An installed caselib carries the same pinned files (packed beside it by <c>dotnet pack</c>):
/// when the theme has no node_modules it uses them, checked the same way, and needs neither npm nor the network.
/// </summary>
public sealed class ThemePackages
{
    public static readonly IReadOnlyList<string> InstallArguments = ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"];

    public static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    private readonly SourceReader _reader;
    private readonly DiagnosticBag _diagnostics;
    private readonly ProgramLocator _programs;
    private readonly IProcessRunner _runner;

    /// <param name="programs">Where npm is looked for: only trusted absolute folders of PATH.</param>
    public ThemePackages(SourceReader reader, DiagnosticBag diagnostics, ProgramLocator programs, IProcessRunner? runner = null)
    {
        _reader = reader;
        _diagnostics = diagnostics;
        _programs = programs;
        _runner = runner ?? new ProcessRunner(programs.SearchPath);
    }

    /// <summary>True when search has a pipeline for every language; otherwise an error at theme/package.json.</summary>
    public static bool CheckLanguages(IReadOnlyList<string> languages, SourceLocation location, DiagnosticBag diagnostics)
    {
        var unsupported = languages.Where(l => !LanguagePipeline.SupportedLanguages.Contains(l)).ToList();
        if (unsupported.Count == 0) return true;
        diagnostics.Error("CL0311", $"search has no stemmer for {string.Join(", ", unsupported)}; supported: {string.Join(", ", LanguagePipeline.SupportedLanguages)}", location);
        return false;
    }

    /// <param name="carried">The folder of the pinned files an installed caselib carries; null when it carries none (run from a clone).</param>
    public LunrScripts? Load(string themeFolder, IReadOnlyList<string> languages, string? carried = null)
    {
        var theme = Path.GetFullPath(themeFolder);
        var manifest = Path.Combine(theme, "package.json");
        var location = SourceLocation.StartOf(_reader.Display(manifest));
        if (!CheckLanguages(languages, location, _diagnostics)) return null;
        if (!CheckPins(manifest, Path.Combine(theme, "package-lock.json"), carried is not null)) return null;
        var modules = Path.Combine(theme, ThemeLoader.PackagesFolder);
        // The theme's own node_modules, when there is one, is verified and used (a pull request cannot swap it for the
        // carried copy by committing a changed one: it is refused). Without one, the carried copy saves npm and the network.
        if (carried is not null && FileProbe.Look(modules).Kind == FileKind.Missing)
            return LunrScriptsLoader.ReadCarried(_reader, carried, languages, _diagnostics);
        var npmrc = Path.Combine(theme, ".npmrc");
        if (FileProbe.Look(npmrc).Kind != FileKind.Missing)
        {
            // A project .npmrc can move npm's cache or registry, that is, make the install write or fetch elsewhere.
            _diagnostics.Error("CL0321", "the build installs the search packages with npm, and a .npmrc in the theme would change how: delete it", SourceLocation.StartOf(_reader.Display(npmrc)));
            return null;
        }
        if (FileProbe.Look(modules).Kind == FileKind.Missing && !Install(theme, location)) return null;
        return LunrScriptsLoader.Read(_reader, theme, languages, _diagnostics);
    }

    /// <summary>package.json depends on exactly the pinned versions, and the lock file installs exactly the pinned archives.</summary>
    private bool CheckPins(string manifestPath, string lockPath, bool installedTool)
    {
        var wanted = string.Join(" and ", PinnedPackages.Packages.Select(p => $"{p.Key} {p.Value.Version}"));
        bool Problem(string path, string what)
        {
            _diagnostics.Error("CL0321", $"{what}; the build uses only {wanted}, pinned in the generator: restore the file from the main branch", SourceLocation.StartOf(_reader.Display(path)));
            return false;
        }
        // Well-formed pins of other versions: the theme and this generator were made for different versions of lunr. Said
        // plainly, with what to do, rather than "restore the file": an installed caselib older than the theme is the usual cause.
        bool OtherVersions(string path, IReadOnlyDictionary<string, string> pinned)
        {
            var theirs = string.Join(" and ", PinnedPackages.Packages.Keys.Select(name => $"{name} {pinned[name]}"));
            _diagnostics.Error("CL0323", installedTool
                ? $"the theme asks for {theirs}, but this caselib carries and trusts only {wanted}, so it will not build with other versions: update caselib to the release made with this theme (dotnet tool update CaseLibrary.Generator), or build with the generator of this repository (dotnet run --project generator -- build)"
                : $"the theme asks for {theirs}, but this generator trusts only {wanted} (generator/Loading/PinnedPackages.cs), so it will not build with other versions: change the versions in both places in one pull request, or restore theme/package.json and theme/package-lock.json from the main branch",
                SourceLocation.StartOf(_reader.Display(path)));
            return false;
        }
        using var manifest = Json(manifestPath);
        using var lockFile = Json(lockPath);
        if (manifest is null || lockFile is null) return false;

        var root = manifest.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("dependencies", out var dependencies) || dependencies.ValueKind != JsonValueKind.Object)
            return Problem(manifestPath, "it has no \"dependencies\"");
        var declared = dependencies.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null, StringComparer.Ordinal);
        if (declared.Count == PinnedPackages.Packages.Count && PinnedPackages.Packages.Keys.All(n => declared.TryGetValue(n, out var v) && IsVersion(v))
            && PinnedPackages.Packages.Any(p => declared[p.Key] != p.Value.Version))
            return OtherVersions(manifestPath, declared.ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal));
        if (declared.Count != PinnedPackages.Packages.Count || PinnedPackages.Packages.Any(p => !declared.TryGetValue(p.Key, out var version) || version != p.Value.Version))
            return Problem(manifestPath, "its \"dependencies\" are not exactly the pinned packages");
        foreach (var other in new[] { "devDependencies", "optionalDependencies", "peerDependencies", "bundleDependencies", "bundledDependencies", "overrides", "workspaces" })
            if (root.TryGetProperty(other, out _)) return Problem(manifestPath, $"it has \"{other}\"");

        // The lock file is what npm ci installs: anything beyond the pinned archives from the public registry (a git or
        // file dependency, another registry, a link, an extra package) could fetch and run code, so it is refused here.
        var lockRoot = lockFile.RootElement;
        if (lockRoot.ValueKind != JsonValueKind.Object || !lockRoot.TryGetProperty("packages", out var packages) || packages.ValueKind != JsonValueKind.Object)
            return Problem(lockPath, "it has no \"packages\" (lockfileVersion 3)");
        if (!lockRoot.TryGetProperty("lockfileVersion", out var lockVersion) || lockVersion.ValueKind != JsonValueKind.Number || lockVersion.GetRawText() != "3")
            return Problem(lockPath, "it is not \"lockfileVersion\": 3");
        if (Unexpected(lockRoot, LockKeys) is { } lockKey)
            return Problem(lockPath, $"it has \"{lockKey}\"");
        if (packages.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n.Length > 0 && !PinnedPackages.Packages.ContainsKey(n.StartsWith("node_modules/", StringComparison.Ordinal) ? n["node_modules/".Length..] : "")) is { } extra)
            return Problem(lockPath, $"it installs \"{extra}\", which is not one of the pinned packages");
        if (!packages.TryGetProperty("", out var rootEntry) || rootEntry.ValueKind != JsonValueKind.Object || Unexpected(rootEntry, RootEntryKeys) is not null
            || !rootEntry.TryGetProperty("dependencies", out var rootDependencies) || !IsPinnedDependencies(rootDependencies))
            return Problem(lockPath, "its entry for the theme itself (\"\") does not depend on exactly the pinned packages, or has more than name, version, license and dependencies");
        var locked = PinnedPackages.Packages.Keys.ToDictionary(name => name,
            name => packages.TryGetProperty("node_modules/" + name, out var e) && e.ValueKind == JsonValueKind.Object ? Text(e, "version") : null, StringComparer.Ordinal);
        if (locked.Values.All(IsVersion) && PinnedPackages.Packages.Any(p => locked[p.Key] != p.Value.Version))
            return OtherVersions(lockPath, locked.ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal));
        foreach (var (name, (version, integrity)) in PinnedPackages.Packages)
        {
            if (!packages.TryGetProperty("node_modules/" + name, out var entry) || entry.ValueKind != JsonValueKind.Object
                || Text(entry, "version") != version || Text(entry, "integrity") != integrity)
                return Problem(lockPath, $"its entry for {name} is not version {version} with the pinned integrity");
            if (entry.TryGetProperty("resolved", out var resolved) && (resolved.ValueKind != JsonValueKind.String || resolved.GetString() != PinnedPackages.Archive(name)))
                return Problem(lockPath, $"its entry for {name} is downloaded from somewhere else than {PinnedPackages.Archive(name)}");
            if (Unexpected(entry, PackageEntryKeys) is { } key)
                return Problem(lockPath, $"its entry for {name} has \"{key}\" (only version, resolved, integrity and license are allowed)");
        }
        return true;
    }

    private static readonly HashSet<string> LockKeys = new(["name", "version", "lockfileVersion", "requires", "packages"], StringComparer.Ordinal);
    private static readonly HashSet<string> RootEntryKeys = new(["name", "version", "license", "dependencies"], StringComparer.Ordinal);
    private static readonly HashSet<string> PackageEntryKeys = new(["version", "resolved", "integrity", "license"], StringComparer.Ordinal);

    /// <summary>The first property of <paramref name="element"/> not in <paramref name="allowed"/>; null when there is none.</summary>
    private static string? Unexpected(JsonElement element, HashSet<string> allowed) =>
        element.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !allowed.Contains(n));

    private static bool IsPinnedDependencies(JsonElement dependencies)
    {
        if (dependencies.ValueKind != JsonValueKind.Object) return false;
        var listed = dependencies.EnumerateObject().ToList();
        return listed.Count == PinnedPackages.Packages.Count
            && listed.All(p => PinnedPackages.Packages.TryGetValue(p.Name, out var pin) && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == pin.Version);
    }

    /// <summary>An exact version such as 2.3.10 (digits and dots, at most 20 characters): only those are named back in a message.</summary>
    private static bool IsVersion(string? text) =>
        text is { Length: > 0 and <= 20 } && text.All(c => char.IsAsciiDigit(c) || c == '.') && char.IsAsciiDigit(text[0]);

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private JsonDocument? Json(string path)
    {
        var location = SourceLocation.StartOf(_reader.Display(path));
        if (FileProbe.Look(path).Kind == FileKind.Missing)
        {
            _diagnostics.Error("CL0321", "the theme needs this file, which pins the search packages: restore it from the main branch", location);
            return null;
        }
        if (_reader.ReadText(new FileInfo(path)) is not { } text) return null;
        try
        {
            // A name given twice would be read one way here and another way by npm: refused.
            return JsonDocument.Parse(text.Text, new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException ex)
        {
            _diagnostics.Error("CL0321", $"this is not valid JSON ({ex.Message}): restore it from the main branch", location);
            return null;
        }
    }

    private bool Install(string theme, SourceLocation location)
    {
        var npm = _programs.Find("npm");
        var outcome = npm is null ? new ProcessOutcome(null, "", NotFound: true) : _runner.Run(npm, InstallArguments, theme, InstallTimeout);
        if (outcome.ExitCode == 0) return true;
        if (outcome.NotFound)
            _diagnostics.Error("CL0310", "npm is not installed (it comes with Node.js): build and serve use it once, to install the pinned search packages into theme/node_modules. Install Node.js from https://nodejs.org or your system's packages, then build again; 'check' needs only .NET", location);
        else if (outcome.TimedOut)
            _diagnostics.Error("CL0322", $"'npm ci' in the theme folder did not finish within {InstallTimeout.TotalMinutes:F0} minutes and was stopped; check the network and build again", location);
        else
            // CL0313: npm ran and failed (network, registry); CL0310 is only "npm is not installed".
            _diagnostics.Error("CL0313", $"'npm ci --ignore-scripts' in the theme folder failed: {Clean(outcome.ErrorOutput)}", location);
        return false;
    }

    /// <summary>npm's error text on one line, shortened: it goes into a diagnostic.</summary>
    private static string Clean(string text)
    {
        var line = string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        line = new string(line.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return line.Length > 400 ? line[..400] + "…" : line.Length == 0 ? "(no message)" : line;
    }
}
