using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Rendering;

/// <summary>Counted words agree with their number: a library of one case says "1 case", never "1 cases" or "all 1 cases".</summary>
public sealed class CountWordingTests
{
    [Fact]
    public void A_one_case_library_says_one_case_on_the_home_page_and_the_list()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("one/en.md", MiniLibrary.Case()), ("one/it.md", MiniLibrary.Case(title: "Un caso")));

        var outcome = Caselib.Build(cases, temp["public"]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var home = File.ReadAllText(temp["public/en/index.html"]);
        var list = File.ReadAllText(temp["public/en/cases/index.html"]);
        var homeIt = File.ReadAllText(temp["public/it/index.html"]);
        Assert.Contains(">See the 1 case</a>", home);
        Assert.DoesNotContain("1 cases", home);
        Assert.Contains("1 case study written by", list);
        Assert.DoesNotContain("1 case studies", list);
        Assert.Contains(">Vedi l&#39;unico caso</a>", homeIt);
    }

    [Fact]
    public void A_two_case_library_keeps_the_plural()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("one/en.md", MiniLibrary.Case()), ("two/en.md", MiniLibrary.Case(title: "Another case")));

        var outcome = Caselib.Build(cases, temp["public"]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains(">See all 2 cases</a>", File.ReadAllText(temp["public/en/index.html"]));
        Assert.Contains("2 case studies written by", File.ReadAllText(temp["public/en/cases/index.html"]));
    }
}
