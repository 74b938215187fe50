using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// A library of <see cref="Count"/> cases, three more than a page holds, all from Ireland, on listening, by Ann Smith,
/// in English (Italian lists show them as fallbacks); the first has teaching notes. Built once, twice over, so the
/// tests can also compare the two outputs.
/// </summary>
public sealed class PaginatedSiteFixture : IDisposable
{
    public const int Count = CaseLibrary.Rendering.Paginator.DefaultSize + 3;

    private readonly TempFolder _temp = new();

    public PaginatedSiteFixture()
    {
        var files = Enumerable.Range(0, Count)
            .Select(i => ($"case-{i:D3}/en.md", MiniLibrary.Case(title: $"Case {i:D3}", extra: $"learning_objectives: [\"Objective of case {i:D3}\"]")))
            .Append(("case-000/en.notes.md", "---\ntitle: \"Notes\"\n---\n## Plan\n\nRead it.\n"))
            .ToArray();
        var cases = MiniLibrary.Write(_temp, files);
        var first = Caselib.Build(cases, _temp["public"]);
        if (first.ExitCode != 0) throw new InvalidOperationException("the paginated library does not build:\n" + first.Stderr);
        var second = Caselib.Build(cases, _temp["again"]);
        if (second.ExitCode != 0) throw new InvalidOperationException("the second build fails:\n" + second.Stderr);
    }

    public string Root => _temp["public"];

    public string Again => _temp["again"];

    public bool Exists(string relative) => File.Exists(Path.Combine(Root, relative));

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public void Dispose() => _temp.Dispose();
}
