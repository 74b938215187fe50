using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// The six-language sample library (tests/fixtures/sample), built once for the output tests of a class. The tests pin
/// its content; the real library in cases/ changes with every contribution and is never pinned.
/// </summary>
public sealed class SampleSiteFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public SampleSiteFixture()
    {
        var outcome = Caselib.Build(Path.Combine(RepoPaths.Fixture("sample"), "cases"), _temp["public"]);
        if (outcome.ExitCode != 0) throw new InvalidOperationException("the sample library does not build:\n" + outcome.Stderr);
        Warnings = outcome.DiagnosticLines;
    }

    public string Root => _temp["public"];

    public IReadOnlyList<string> Warnings { get; }

    public IEnumerable<string> Pages =>
        Directory.EnumerateFiles(Root, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public void Dispose() => _temp.Dispose();
}
