using System.Diagnostics;
using CaseLibrary.Markdown;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Output;

/// <summary>
/// Bodies that would make Markdig slow or memory-hungry (security review F5) are refused before parsing, with a
/// diagnostic at the file, line and column where the limit is passed; bodies just inside the limits are checked quickly.
/// </summary>
public sealed class MarkdownLimitsTests
{
    // MiniLibrary.Case puts the body on line 10; the bodies below start after "## Context" and a blank line (line 12).
    private const int FirstLine = 12;

    private static string Table(int columns, int rows) =>
        "|" + string.Join("|", Enumerable.Range(0, columns).Select(c => "h" + c)) + "|\n"
        + "|" + string.Join("|", Enumerable.Repeat("-", columns)) + "|\n"
        + string.Concat(Enumerable.Repeat("|" + string.Join("|", Enumerable.Repeat("x", columns)) + "|\n", rows));

    public static TheoryData<string, string, string, int, int> OverTheLimit() => new()
    {
        { "unclosed links on one line", string.Concat(Enumerable.Repeat("[a](", 40_000)), "CL0412", 0, 4 * 1000 },
        { "unclosed images on one line", string.Concat(Enumerable.Repeat("![a](", 40_000)), "CL0412", 0, 5 * 1000 + 1 },
        { "reference links on one line", string.Concat(Enumerable.Repeat("[a]", 2_000)), "CL0412", 0, 3 * 1000 },
        { "unclosed links on many lines", string.Concat(Enumerable.Repeat("[a](\n", 20_000)), "CL0413", 10_000, 0 },
        { "identical headings", string.Concat(Enumerable.Repeat("## a\n", 20_000)), "CL0414", 999, 0 },
        { "setext headings", string.Concat(Enumerable.Repeat("a\n-\n", 20_000)), "CL0414", 1999, 0 },
        { "headings in list items", string.Concat(Enumerable.Repeat("- ## a\n", 20_000)), "CL0414", 999, 0 },
        { "a huge pipe table", Table(500, 200), "CL0415", 19, 2 * 481 },
        { "very many lines", string.Concat(Enumerable.Repeat("- a\n", 100_000)), "CL0411", 20_000 - 2, 0 },
        { "a body over the size limit", string.Concat(Enumerable.Repeat("word ", 120_000)), "CL0410", -2, 0 },
    };

    [Theory]
    [MemberData(nameof(OverTheLimit))]
    public void A_body_over_a_limit_is_refused_at_its_position_quickly(string what, string body, string code, int line, int column)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("big/en.md", MiniLibrary.Case(body: "## Context\n\n" + body + "\n")));
        var clock = Stopwatch.StartNew();
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{what}: took {clock.Elapsed}");
        Assert.Equal(1, outcome.ExitCode);
        var diagnostic = Assert.Single(outcome.DiagnosticLines);
        Assert.StartsWith($"cases/big/en.md({FirstLine + line},{column + 1}): error {code}: ", diagnostic);
    }

    public static TheoryData<string, string> InsideTheLimits() => new()
    {
        { "999 unclosed links on each of ten lines", string.Concat(Enumerable.Repeat(string.Concat(Enumerable.Repeat("[a](", 999)) + "\n", 10)) },
        { "998 identical headings", string.Concat(Enumerable.Repeat("## a\n", 998)) },
        { "a 98 x 98 table", Table(98, 98) },
        { "19,000 list items", string.Concat(Enumerable.Repeat("- a\n", 19_000)) },
        { "a 500 KB line", string.Concat(Enumerable.Repeat("word ", 100_000)) },
        { "500 KB of '*'", new string('*', 500_000) },
        { "1,000 backtick runs of different lengths", string.Join(" ", Enumerable.Range(1, 1000).Select(i => new string('`', i))) },
    };

    [Theory]
    [MemberData(nameof(InsideTheLimits))]
    public void The_worst_bodies_inside_the_limits_are_checked_in_seconds(string what, string body)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("big/en.md", MiniLibrary.Case(body: "## Context\n\n" + body + "\n")));
        var clock = Stopwatch.StartNew();
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"{what}: took {clock.Elapsed}");
        Assert.DoesNotContain(outcome.DiagnosticLines, l => l.Contains("error CL041", StringComparison.Ordinal));
        Assert.DoesNotContain("internal error", outcome.Stderr);
    }

    [Fact]
    public void The_messages_say_what_to_do_in_plain_words()
    {
        var problem = MarkdownLimits.Check(string.Concat(Enumerable.Repeat("[a](", 40_000)))!;
        Assert.Equal("this line has more than 1,000 '[' (links, images or footnotes); split the line or remove the brackets (write \\[ for a literal '[')", problem.Message);
        Assert.Null(MarkdownLimits.Check("## Context\n\nA [link](https://example.org) and a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"));
    }
}
