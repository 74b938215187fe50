using System.Diagnostics;
using CaseLibrary.Diagnostics;
using CaseLibrary.Search;

namespace CaseLibrary.Loading;

/// <summary>
/// The theme's pinned npm packages (lunr, lunr-languages): installed with <c>npm ci</c> when missing, then
/// read for the search stage and for publishing, so the browser loads exactly the code the index was built with.
/// </summary>
public sealed class ThemePackages
{
    private readonly SourceReader _reader;
    private readonly DiagnosticBag _diagnostics;

    public ThemePackages(SourceReader reader, DiagnosticBag diagnostics)
    {
        _reader = reader;
        _diagnostics = diagnostics;
    }

    public LunrScripts? Load(string themeFolder, IReadOnlyList<string> languages)
    {
        var location = SourceLocation.StartOf(_reader.Display(Path.Combine(Path.GetFullPath(themeFolder), "package.json")));
        var unsupported = languages.Where(l => !LanguagePipeline.SupportedLanguages.Contains(l)).ToList();
        if (unsupported.Count > 0)
        {
            _diagnostics.Error("CL0311", $"search has no stemmer for {string.Join(", ", unsupported)}; supported: {string.Join(", ", LanguagePipeline.SupportedLanguages)}", location);
            return null;
        }
        if (!File.Exists(Path.Combine(themeFolder, "node_modules", "lunr", "package.json")) && !Install(themeFolder, location)) return null;
        try
        {
            return LunrScriptsLoader.Load(themeFolder, languages);
        }
        catch (InvalidOperationException ex)
        {
            _diagnostics.Error("CL0310", ex.Message, location);
            return null;
        }
    }

    private bool Install(string themeFolder, SourceLocation location)
    {
        if (!File.Exists(Path.Combine(themeFolder, "package-lock.json")))
        {
            _diagnostics.Error("CL0310", "the theme has no package-lock.json to install lunr from", location);
            return false;
        }
        try
        {
            var start = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            {
                WorkingDirectory = themeFolder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var errorText = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5))) process.Kill(entireProcessTree: true);
            if (process.ExitCode == 0) return true;
            _diagnostics.Error("CL0310", $"'npm ci' in the theme folder failed: {errorText.Result.Trim()}", location);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            _diagnostics.Error("CL0310", "npm is not installed; install Node.js and npm to build the search index", location);
        }
        return false;
    }
}
