using CaseLibrary.Cli;
using CaseLibrary.Diagnostics;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Diagnostics;

/// <summary>
/// F10: nothing from content reaches the terminal or the CI log raw. The text form shows control characters as
/// escapes and never starts a line with a workflow command; GitHub annotations use GitHub's own escaping.
/// </summary>
public sealed class EscapedDiagnosticsTests
{
    private const string Forged = "\n::warning file=x,line=1::forged\r\n::stop-commands::pause\u001b[2J\u001b]8;;https://evil.example\u0007";

    public static TheoryData<char> UnsafeCharacters()
    {
        var data = new TheoryData<char>();
        foreach (var c in Enumerable.Range(0, 0x20).Append(0x7F).Concat(Enumerable.Range(0x80, 0x20)).Concat([0x2028, 0x2029, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069]))
            data.Add((char)c);
        return data;
    }

    [Theory]
    [MemberData(nameof(UnsafeCharacters))]
    public void Every_control_character_is_shown_as_an_escape(char c)
    {
        var diagnostic = Diagnostic.Error("CL0101", $"unknown key 'a{c}b'", SourceLocation.StartOf($"cases/x{c}y/en.md"));
        var text = diagnostic.ToString();
        Assert.DoesNotContain(c, text);
        Assert.Contains(c switch { '\n' => @"a\nb", '\r' => @"a\rb", '\t' => @"a\tb", < '\u0100' => $@"a\x{(int)c:x2}b", _ => $@"a\u{(int)c:x4}b" }, text);
        var annotation = GitHubAnnotation.For(diagnostic);
        Assert.DoesNotContain(c, annotation);
    }

    [Theory]
    [InlineData("::warning file=x,line=1::forged/en.md")]
    [InlineData("  ::error::forged")]
    [InlineData("\u00a0::error::forged")]
    [InlineData("\n::error::forged")]
    public void A_printed_line_never_starts_with_a_workflow_command(string path)
    {
        var text = Diagnostic.Warning("CL0207", "ignored", SourceLocation.StartOf(path)).ToString();
        Assert.False(text.TrimStart().StartsWith("::", StringComparison.Ordinal), text);
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public void Annotations_escape_data_and_properties_as_github_decodes_them()
    {
        var diagnostic = Diagnostic.Error("CL0101", "100% sure,\r\nreally: yes", new SourceLocation("cases/a,b:c%d\n::x/en.md", 3, 4));
        Assert.Equal("::error file=cases/a%2Cb%3Ac%25d%0A%3A%3Ax/en.md,line=3,col=4,title=CL0101::100% sure,%0D%0Areally: yes".Replace("100% sure", "100%25 sure"), GitHubAnnotation.For(diagnostic));
    }

    [Fact]
    public void A_hostile_front_matter_key_prints_as_one_escaped_line_in_both_formats()
    {
        // Line breaks are allowed in YAML text, so the key reaches the message of CL0101 (unknown key) as it is.
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("one/en.md", MiniLibrary.Case(extra: "\"zz\\n::warning file=x,line=1::forged\\n::stop-commands::pause ##[warning]forged\\u2028\": 1")));

        var outcome = Caselib.Check(cases, temp.Path, "--format", "github");

        Assert.Equal(1, outcome.ExitCode);
        AssertSafe(outcome);
        Assert.Contains(@"zz\n::warning file=x,line=1::forged\n::stop-commands::pause ##\[warning]forged\u2028", outcome.Stderr);
        var annotation = Assert.Single(outcome.Stdout.Split('\n'), l => l.Contains("forged"));
        Assert.StartsWith("::error file=cases/one/en.md,line=", annotation);
        Assert.Contains(@"zz%0A::warning file=x,line=1::forged%0A::stop-commands::pause", annotation);
    }

    [Fact]
    public void A_front_matter_key_with_terminal_escapes_is_refused_and_printed_safely()
    {
        // ESC and C1 controls are refused in any YAML text (CL0150); what is printed stays one safe line.
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("one/en.md", MiniLibrary.Case(extra: "\"zz\\e[2J\\x9b31m\\r\\n::warning::forged\": 1")));

        var outcome = Caselib.Check(cases, temp.Path, "--format", "github");

        Assert.Equal(1, outcome.ExitCode);
        AssertSafe(outcome);
        Assert.Contains("CL0150", outcome.Stderr);
        Assert.DoesNotContain('\u001b', outcome.Stderr + outcome.Stdout);
    }

    [Theory]
    [InlineData("bad\n::warning file=x,line=1::forged")]
    [InlineData("bad\u001b[31mred\u001b[0m")]
    [InlineData("::warning file=x,line=1::forged")]
    public void A_hostile_file_name_prints_escaped(string name)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("one/en.md", MiniLibrary.Case()), ($"{name}/en.md", MiniLibrary.Case()));
        temp.Write($"cases/one/{name}.pdf", "%PDF-1.4");

        // Shown relative to the cases folder, a name of the second kind would begin the line.
        var outcome = Caselib.Check(cases, cases, "--format", "github");

        Assert.Equal(1, outcome.ExitCode);
        AssertSafe(outcome);
        Assert.True(outcome.DiagnosticLines.Count >= 2, outcome.Stderr);
    }

    [Fact]
    public void Usage_errors_and_the_build_summary_are_escaped_too()
    {
        var outcome = Caselib.Run(null, "build\n::error::forged\u001b[2J");
        Assert.Equal(2, outcome.ExitCode);
        AssertSafe(outcome);
        Assert.Contains(@"build\n::error::forged\x1b[2J", outcome.Stderr);
    }

    /// <summary>Only the real line ends remain, no line (after white space) starts with '::' on stderr, and stdout's '::' lines are well-formed annotations.</summary>
    private static void AssertSafe(Caselib.Outcome outcome)
    {
        foreach (var (stream, text) in new[] { ("stderr", outcome.Stderr), ("stdout", outcome.Stdout) })
        {
            var lines = text.Split('\n');
            foreach (var line in lines)
            {
                Assert.DoesNotContain(line, c => char.IsControl(c) || c is '\u2028' or '\u2029');
                if (stream == "stderr") Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal) || line.Contains("##[", StringComparison.Ordinal), line);
                else if (line.TrimStart().StartsWith("::", StringComparison.Ordinal)) Assert.Matches(@"^::(error|warning) file=[^,:]*,line=\d+,col=\d+,title=CL\d{4}::", line);
            }
        }
    }
}
