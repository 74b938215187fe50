using CaseLibrary.Cli;

namespace CaseLibrary.BrowserTests.Support;

/// <summary>
/// The sample library (tests/fixtures/sample with the repo's theme/) built in-process into a temp folder, and the
/// URL paths of its pages, read off the output folder so the tests follow the content.
/// </summary>
public sealed class BuiltSite : IDisposable
{
    /// <summary>The list pages each language has, in the order of the main navigation.</summary>
    public static readonly IReadOnlyList<string> Sections = ["cases", "competences", "countries", "authors", "languages"];

    private BuiltSite(string folder, string buildOutput)
    {
        Folder = folder;
        BuildOutput = buildOutput;
        Languages = Directory.GetDirectories(folder)
            .Where(d => File.Exists(Path.Combine(d, "index.html")) && File.Exists(Path.Combine(d, "cases", "index.html")))
            .Select(Path.GetFileName).OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public string Folder { get; }

    /// <summary>What the generator printed.</summary>
    public string BuildOutput { get; }

    /// <summary>Language codes with a home page, ordinal order.</summary>
    public IReadOnlyList<string> Languages { get; }

    public static BuiltSite Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "caselib-browser-tests", Guid.NewGuid().ToString("N"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["build", "--source", RepoPaths.Sample, "--theme", RepoPaths.Theme, "--out", folder], stdout, stderr, new CommandEnvironment(Directory.GetCurrentDirectory()), RepoPaths.Root);
        if (code != CommandLine.Ok)
            throw new InvalidOperationException($"The sample site did not build (exit {code}):\n{stderr}\n{stdout}");
        return new BuiltSite(folder, stdout.ToString());
    }

    public static string Home(string language) => $"/{language}/";

    public static string ListPage(string language, string section) => $"/{language}/{section}/";

    public IEnumerable<string> ListPages(string language) => Sections.Select(s => ListPage(language, s));

    /// <summary>The first item of a list page in ordinal order, e.g. /en/cases/&lt;first case id&gt;/.</summary>
    public string FirstItem(string language, string section)
    {
        var folder = Path.Combine(Folder, language, section);
        var first = Directory.GetDirectories(folder)
            .Where(d => File.Exists(Path.Combine(d, "index.html")))
            .Select(Path.GetFileName).OfType<string>()
            .Order(StringComparer.Ordinal)
            .FirstOrDefault() ?? throw new InvalidOperationException($"{language}/{section}/ has no item pages");
        return $"/{language}/{section}/{first}/";
    }

    public string FirstCase(string language) => FirstItem(language, "cases");

    /// <summary>Every case page of one language, ordinal order.</summary>
    public IReadOnlyList<string> Cases(string language) =>
        [.. Directory.GetDirectories(Path.Combine(Folder, language, "cases"))
            .Where(d => File.Exists(Path.Combine(d, "index.html")))
            .Select(d => $"/{language}/cases/{Path.GetFileName(d)}/")
            .Order(StringComparer.Ordinal)];

    /// <summary>The walk through the site most tests take: the chooser, then for every language its home page, its list pages and one case.</summary>
    public IReadOnlyList<string> Tour() =>
        ["/", .. Languages.SelectMany(l => (string[])[Home(l), .. ListPages(l), FirstCase(l)])];

    public string ReadFile(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
