using CaseLibrary.Rendering;
using Scriban;
using Scriban.Runtime;

namespace CaseLibrary.Tests.Rendering;

/// <summary>
/// Scriban's safety limits must not break a large library: it cuts any value longer than
/// TemplateContext.LimitToString (1,048,576 characters by default) and appends "..." (the synthetic 1,000-case
/// library's competence pages were published cut off mid-link), and it stops loops after LoopLimit iterations,
/// counted over nested loops (the competence matrix of a 16,000-case library, 16,000 rows × 10 cells, failed the
/// build at 100,000).
/// </summary>
public sealed class LargeOutputTests
{
    private const int Length = 1_500_000;

    [Theory]
    [InlineData("markup")]
    [InlineData("text")]
    public void Values_longer_than_a_megabyte_are_written_whole(string kind)
    {
        var globals = new ScriptObject();
        globals["value"] = kind == "markup" ? new HtmlString(new string('x', Length)) : new string('x', Length);
        var context = new HtmlTemplateContext();
        context.PushGlobal(globals);

        var output = Template.Parse("<p>{{ value }}</p>").Render(context);

        Assert.Equal("<p>" + new string('x', Length) + "</p>", output);
    }

    [Fact]
    public void A_matrix_of_twenty_thousand_rows_by_ten_cells_renders()
    {
        var globals = new ScriptObject();
        globals["rows"] = Enumerable.Range(0, 20_000).Select(_ => Enumerable.Range(0, 10).ToArray()).ToArray();
        var context = new HtmlTemplateContext();
        context.PushGlobal(globals);

        var output = Template.Parse("{{ for row in rows }}{{ for cell in row }}.{{ end }}{{ end }}").Render(context);

        Assert.Equal(200_000, output.Length);
    }

    [Fact]
    public void A_runaway_loop_still_stops()
    {
        var context = new HtmlTemplateContext();
        Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Template.Parse("{{ while true }}{{ end }}").Render(context));
    }

    [Fact]
    public void A_page_that_renders_too_long_is_stopped_with_a_diagnostic_naming_the_template()
    {
        var diagnostics = new CaseLibrary.Diagnostics.DiagnosticBag();
        // Slow without making data: each step backtracks through a regular expression (well under its own time limit).
        var templates = new TemplateSet(
            new Dictionary<string, CaseLibrary.Loading.SourceFile> { ["slow"] = new("theme/layouts/slow.html", "{{ for i in 1..1000000 }}{{ x = \"aaaaaaaaaaaaaaaaaaaa!\" | regex.match `^(a|aa)+$` }}{{ end }}") },
            "theme", diagnostics, TimeSpan.FromSeconds(1));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var output = templates.Render("slow", new ScriptObject(), diagnostics);
        var codes = string.Join(", ", diagnostics.Sorted().Where(d => d.Code != "CL0511"));
        Assert.True(output is null, $"rendered {output?.Length} characters; {codes}");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.True(diagnostics.Sorted().Any(d => d.Code == "CL0331" && d.Location.Path == "theme/layouts/slow.html"), string.Join("; ", diagnostics.Sorted().Where(d => d.Code != "CL0511")));
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Code == "CL0512");
    }

    /// <summary>
    /// Templates that made gigabytes or ran for minutes while check passed (a text doubled 26 times: 67 s, 11 GB) stop
    /// at a limit within seconds and a few hundred MB, with CL0332 at the template's line; the template's other pages are
    /// not rendered, and it is reported once.
    /// </summary>
    [Theory]
    [InlineData("{{ x = \"aaaaaaaaaa\"; for i in 1..26; x = x + x; end; x | string.size }}", "LimitToString")]
    [InlineData("{{ x = \"aaaaaaaaaa\"; for i in 1..28; x = x + x; end; x | string.size }}", "LimitToString")]
    [InlineData("{{ x = \"a\" | string.pad_left 3000000; a = []; for i in 1..1000; a = a | array.add (x + i); end; a | array.size }}", "256 MB")]
    [InlineData("{{ while true }}{{ end }}", "iteration limit")]
    [InlineData("{{ for i in 1..100000000 }}.{{ end }}", "LoopLimit")]
    [InlineData("{{ for i in 1..1000000 }}{{ \"a\" | string.pad_left 100 }}{{ end }}", "OutputLimit")]
    public void A_template_that_would_use_minutes_or_gigabytes_is_stopped_at_its_line(string line, string limit)
    {
        var diagnostics = new CaseLibrary.Diagnostics.DiagnosticBag();
        var templates = new TemplateSet(
            new Dictionary<string, CaseLibrary.Loading.SourceFile> { ["case"] = new("theme/layouts/case.html", "<p>\n" + line + "\n</p>") }, "theme", diagnostics);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var first = templates.Render("case", new ScriptObject(), diagnostics);
        var second = templates.Render("case", new ScriptObject(), diagnostics);

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var found = diagnostics.Sorted().Where(d => d.Code != "CL0511").ToList();
        Assert.True(first is null && second is null, $"rendered {first?.Length} characters; {string.Join("; ", found)}");
        var diagnostic = Assert.Single(found);
        Assert.Equal("CL0332", diagnostic.Code);
        Assert.Equal(("theme/layouts/case.html", 2), (diagnostic.Location.Path, diagnostic.Location.Line));
        Assert.Contains(limit, diagnostic.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        Assert.True(allocated < 400L * 1024 * 1024, $"allocated {allocated >> 20} MB");
    }
}
