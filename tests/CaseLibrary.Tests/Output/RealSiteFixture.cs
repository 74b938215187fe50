using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>The real library, built once for the output tests of a class.</summary>
public sealed class RealSiteFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public RealSiteFixture()
    {
        var outcome = Caselib.Build(RepoPaths.Cases, _temp["public"]);
        if (outcome.ExitCode != 0) throw new InvalidOperationException("the real library does not build:\n" + outcome.Stderr);
        Warnings = outcome.DiagnosticLines;
    }

    public string Root => _temp["public"];

    public IReadOnlyList<string> Warnings { get; }

    public IEnumerable<string> Pages =>
        Directory.EnumerateFiles(Root, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public void Dispose() => _temp.Dispose();
}
