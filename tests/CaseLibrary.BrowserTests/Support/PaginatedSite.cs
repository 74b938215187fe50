using CaseLibrary.Cli;

namespace CaseLibrary.BrowserTests.Support;

/// <summary>
/// A library of <see cref="Count"/> cases (three more than a page of cards holds, every fourth under CC-BY-SA-4.0),
/// written inline into a temp folder, built with the repo's theme and served on its own loopback port, for the tests of
/// the pagination. The shared sample library has too few cases to paginate.
/// </summary>
public sealed class PaginatedSite : IAsyncLifetime
{
    public const int Count = CaseLibrary.Rendering.Paginator.DefaultSize + 3;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "caselib-browser-tests", Guid.NewGuid().ToString("N"));

    public StaticSiteServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var cases = Path.Combine(_folder, "cases");
        Write(cases, "library.yaml", "title: {en: Paged, it: Paginata}\nlanguages: [en, it]\nbase_url: https://example.org/\nlicence: CC-BY-4.0\n");
        Write(cases, "competences.yaml", "listening:\n  number: 1\n  name: {en: Listening, it: Ascolto}\n  description: {en: Hearing., it: Sentire.}\n");
        Write(cases, "authors.yaml", "ann-smith:\n  name: Ann Smith\n");
        for (var i = 0; i < Count; i++)
        {
            Write(cases, $"case-{i:D3}/en.md",
                $"---\ntitle: \"Case {i:D3}\"\nsummary: A summary.\ncountry: IE\ncompetences: [listening]\nauthors: [ann-smith]\ndate: 2024-01-02\n" +
                (i % 4 == 0 ? "licence: CC-BY-SA-4.0\n" : "") + $"learning_objectives: [\"Objective {i:D3}\"]\n---\n## Context\n\nText.\n");
        }
        var output = Path.Combine(_folder, "public");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["build", "--source", cases, "--theme", RepoPaths.Theme, "--out", output], stdout, stderr, new CommandEnvironment(Directory.GetCurrentDirectory()), RepoPaths.Root);
        if (code != CommandLine.Ok) throw new InvalidOperationException($"The paginated site did not build (exit {code}):\n{stderr}\n{stdout}");
        Server = await StaticSiteServer.StartAsync(output);
    }

    private static void Write(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
