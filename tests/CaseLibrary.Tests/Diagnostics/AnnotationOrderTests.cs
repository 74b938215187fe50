using CaseLibrary.Cli;
using CaseLibrary.Diagnostics;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Diagnostics;

/// <summary>
/// GitHub shows about ten annotations per step: with <c>--format github</c> the first ones are errors before
/// warnings, one per distinct problem before repeats, and root causes (earlier stages) before their consequences.
/// The text lines on stderr keep the file order.
/// </summary>
public sealed class AnnotationOrderTests
{
    [Fact]
    public void The_first_annotations_are_one_per_problem_errors_first_root_causes_first()
    {
        using var temp = new TempFolder();
        var files = Enumerable.Range(1, 12)
            .Select(i => ($"a-case-{i:00}/en.md", Titled($"Case {i}").Replace("[listening]", "[listning]", StringComparison.Ordinal)))
            .Append(("b-case/en.md", Titled("Case B").Replace("[ann-smith]", "[ann-smith, ann-smith]", StringComparison.Ordinal)))
            .Append(("y-case/en.md", Titled("Case Y").Replace("country: IE", "country: Ireland", StringComparison.Ordinal)))
            .Append(("z-case/en.md", MiniLibrary.Case().Replace("title: \"A case\"", "title: Guidance: a second chance", StringComparison.Ordinal)))
            .ToArray();
        var cases = MiniLibrary.Write(temp, files);

        var outcome = Caselib.RunIn(Caselib.Plain, temp.Path, "check", "--source", cases, "--theme", RepoPaths.Theme, "--format", "github");

        Assert.Equal(CommandLine.ContentErrors, outcome.ExitCode);
        var annotations = outcome.Stdout.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        string Code(string annotation) => annotation[(annotation.IndexOf("title=", StringComparison.Ordinal) + 6)..annotation.IndexOf("::", 2, StringComparison.Ordinal)];
        // The text form is in file order: the twelve unknown competences first, the unreadable title last.
        Assert.Equal("CL0132", outcome.DiagnosticLines[0].Split(' ')[2].TrimEnd(':'));
        Assert.Contains(" YAML013: ", outcome.DiagnosticLines[^1]);
        // Annotations: the parse error (a root cause) first, then one of each model error, then the repeats, the warning last.
        Assert.Equal(["YAML013", "CL0132", "CL0131", "CL0132"], annotations.Take(4).Select(Code));
        Assert.Equal(outcome.DiagnosticLines.Count, annotations.Count);
        Assert.All(annotations.Take(10), a => Assert.StartsWith("::error ", a));
        Assert.StartsWith("::warning ", annotations[^1]);
        Assert.Equal("CL0138", Code(annotations[^1]));
    }

    /// <summary>Distinct titles: cases with one title are copies (CL0174), not what this test is about.</summary>
    private static string Titled(string title) => MiniLibrary.Case().Replace("title: \"A case\"", $"title: \"{title}\"", StringComparison.Ordinal);

    [Fact]
    public void Ranking_keeps_every_diagnostic_once()
    {
        SourceLocation At(string path, int line) => new(path, line, 1);
        Diagnostic[] sorted =
        [
            Diagnostic.Warning("CL0138", "twice", At("a.md", 1)),
            Diagnostic.Error("CL0601", "broken link", At("a.md", 2)),
            Diagnostic.Error("CL0601", "broken link", At("b.md", 2)),
            Diagnostic.Error("CL0133", "unknown author", At("b.md", 3)),
            Diagnostic.Error("YAML013", "colon", At("cases/authors.yaml", 4)),
        ];

        var ranked = AnnotationOrder.Rank(sorted);

        Assert.Equal(["YAML013", "CL0133", "CL0601", "CL0601", "CL0138"], ranked.Select(d => d.Code));
        Assert.Equal(sorted.Length, ranked.Distinct().Count());
    }
}
