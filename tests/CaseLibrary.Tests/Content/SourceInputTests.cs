using CaseLibrary.Diagnostics;
using CaseLibrary.Tests.Support;
using CaseLibrary.Yaml;

namespace CaseLibrary.Tests.Content;

/// <summary>Input edge cases: the root of a YAML block, BOM and CRLF files, symbolic links out of the library.</summary>
public sealed class SourceInputTests
{
    [Fact]
    public void A_yaml_root_that_is_not_a_mapping_is_reported_at_its_position()
    {
        var diagnostics = new DiagnosticBag();
        var mapping = YamlDocumentReader.ReadMapping("- a\n- b\n", "x.md", 1, "the front matter must be a mapping of keys", diagnostics);
        Assert.Null(mapping);
        Assert.Equal("x.md(2,1): error CL0104: the front matter must be a mapping of keys, not a list", Assert.Single(diagnostics.Sorted()).ToString());
    }

    [Fact]
    public void An_empty_yaml_document_is_an_empty_mapping()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Empty(YamlDocumentReader.ReadMapping("", "x.yaml", 0, "x", diagnostics)!.Entries);
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void Files_with_a_byte_order_mark_and_CRLF_line_ends_build_and_keep_their_line_numbers()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp);
        var text = "\uFEFF" + MiniLibrary.Case(extra: "titel: typo").ReplaceLineEndings("\r\n");
        temp.WriteBytes("cases/crlf-case/en.md", System.Text.Encoding.UTF8.GetBytes(text));

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["cases/crlf-case/en.md(8,1): error CL0101: unknown key 'titel' in the front matter (did you mean 'title'?)"], outcome.DiagnosticLines);

        File.WriteAllText(temp["cases/crlf-case/en.md"], "\uFEFF" + MiniLibrary.Case().ReplaceLineEndings("\r\n"));
        Assert.Equal(0, Caselib.Build(cases, temp["public"]).ExitCode);
        Assert.DoesNotContain('\r', File.ReadAllText(temp["public/en/cases/crlf-case/index.html"]));
    }

    [Fact]
    public void A_symbolic_link_out_of_the_library_is_refused_and_its_target_never_read()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("good-case/en.md", MiniLibrary.Case()));
        var secret = temp.Write("outside/secret.md", MiniLibrary.Case(title: "SECRET OUTSIDE THE LIBRARY"));
        File.CreateSymbolicLink(temp["cases/good-case/it.md"], secret);
        Directory.CreateSymbolicLink(temp["cases/linked-case"], temp["outside"]);

        var outcome = Caselib.Build(cases, temp["public"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("cases/good-case/it.md(1,1): error CL0203:", outcome.Stderr.Replace(temp.Path + "/", ""));
        Assert.Contains("linked-case(1,1): error CL0203:", outcome.Stderr);
        Assert.False(Directory.Exists(temp["public"]));
    }
}
