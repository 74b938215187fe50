using CaseLibrary.Content;
using CaseLibrary.Diagnostics;
using CaseLibrary.Markdown;
using CaseLibrary.Model;

namespace CaseLibrary.Tests.Model;

/// <summary>
/// The related cases at the end of a case: most shared competences first, then library order, never the case itself;
/// with a framework of more than 64 competences (the sets span several words).
/// </summary>
public sealed class RelatedCasesTests
{
    private static CaseStudy Case(string id, params int[] competences)
    {
        var at = new SourceLocation($"cases/{id}/en.md", 1, 1);
        var document = new CaseDocument(id, "en", at.Path, id, "", new Reference("GB", at),
            competences.Select(c => new Reference($"c{c}", at)).ToList(), [new Reference("ann", at)], new DateOnly(2024, 1, 1), null,
            [], [], [], null, [], false, MarkdownBody.Empty);
        return new CaseStudy(id, document, [document], []);
    }

    [Fact]
    public void Most_shared_competences_first_then_library_order_and_never_the_case_itself()
    {
        var cases = new[]
        {
            Case("a", 1, 2, 3),
            Case("b", 3),
            Case("c", 1, 2),
            Case("d", 9),
            Case("e", 2, 3, 1),
            Case("f", 1),
        };
        var related = new RelatedCases(cases);

        Assert.Equal(["e", "c", "b"], related.For(cases[0]).Select(c => c.Id));
        Assert.Equal(["a", "c", "e"], related.For(cases[5]).Select(c => c.Id));
        Assert.Empty(related.For(cases[3]));
        Assert.Empty(related.For(Case("none")));
    }

    [Fact]
    public void Competences_past_the_64th_count_like_the_others()
    {
        // 70 competences: c65..c69 live in the second word of each set.
        var cases = new List<CaseStudy> { Case("x", 66, 67, 68) };
        for (var i = 0; i < 70; i++) cases.Add(Case($"k{i:00}", i));
        cases.Add(Case("y", 66, 67, 1));
        cases.Add(Case("z", 66, 68, 67, 5));
        var related = new RelatedCases(cases);

        Assert.Equal(["z", "y", "k66"], related.For(cases[0]).Select(c => c.Id));
        Assert.Equal(["x", "y", "z"], related.For(cases.Single(c => c.Id == "k67")).Select(c => c.Id));
    }
}
