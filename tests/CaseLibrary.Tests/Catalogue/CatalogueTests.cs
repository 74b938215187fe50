using System.Text.RegularExpressions;
using CaseLibrary.Diagnostics;
using CaseLibrary.Diagnostics.Catalogue;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Catalogue;

/// <summary>
/// The error catalogue against the generator's source: every code the source reports has exactly one entry, every
/// entry is for a code the source reports, with the severity it is reported with; and the README's reference is
/// exactly what <c>caselib explain --markdown</c> prints.
/// </summary>
public sealed partial class CatalogueTests
{
    [GeneratedRegex("\"(CL[0-9]{4}|YAML[0-9]{3})\"")]
    private static partial Regex QuotedCode();

    [GeneratedRegex("\\b(Error|Warning)\\(\"(CL[0-9]{4}|YAML[0-9]{3})\"")]
    private static partial Regex ReportedWith();

    private static string CatalogueFolder => Path.Combine(RepoPaths.Root, "generator", "Diagnostics", "Catalogue");

    /// <summary>The generator's C# files, without the catalogue itself and build output.</summary>
    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "generator"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(CatalogueFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal);

    private static Dictionary<string, List<string>> CodesInSource()
    {
        var codes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
            foreach (Match match in QuotedCode().Matches(File.ReadAllText(file)))
            {
                if (!codes.TryGetValue(match.Groups[1].Value, out var files)) codes[match.Groups[1].Value] = files = new List<string>();
                files.Add(Path.GetRelativePath(RepoPaths.Root, file));
            }
        return codes;
    }

    [Fact]
    public void The_source_reports_codes_and_the_scan_finds_them()
    {
        // The scan itself must work: a regex that matched nothing would make the next two tests pass vacuously.
        var codes = CodesInSource();
        Assert.Contains("CL0132", codes.Keys);
        Assert.Contains("YAML013", codes.Keys);
        Assert.True(codes.Count > 50, $"only {codes.Count} codes found in generator/");
    }

    [Fact]
    public void Every_code_the_source_reports_has_an_entry()
    {
        var missing = CodesInSource().Where(c => DiagnosticCatalogue.Find(c.Key) is null)
            .Select(c => $"{c.Key} (in {string.Join(", ", c.Value.Distinct())})").ToList();
        Assert.True(missing.Count == 0, "codes with no entry in generator/Diagnostics/Catalogue/: " + string.Join("; ", missing));
    }

    [Fact]
    public void Every_entry_is_for_a_code_the_source_reports()
    {
        var reported = CodesInSource();
        var unused = DiagnosticCatalogue.All.Where(e => !reported.ContainsKey(e.Code)).Select(e => e.Code).ToList();
        Assert.True(unused.Count == 0, "catalogue entries for codes never reported: " + string.Join(", ", unused));
    }

    [Fact]
    public void Every_code_has_exactly_one_entry_with_every_field_written()
    {
        Assert.Equal(DiagnosticCatalogue.All.Count, DiagnosticCatalogue.All.Select(e => e.Code).Distinct().Count());
        foreach (var entry in DiagnosticCatalogue.All)
        {
            Assert.Matches("^(CL[0-9]{4}|YAML[0-9]{3})$", entry.Code);
            foreach (var text in new[] { entry.Title, entry.Meaning, entry.Example, entry.Fix })
            {
                Assert.False(string.IsNullOrWhiteSpace(text), $"{entry.Code} has an empty field");
                // No control characters but line breaks, and the tab of YAML008's example (the mistake it shows).
                var plain = entry.Code == "YAML008" ? text.Replace("\t", "", StringComparison.Ordinal) : text;
                Assert.Equal(plain, TerminalText.Escape(plain, keepLineBreaks: true));
            }
            Assert.DoesNotContain('\n', entry.Title);
            Assert.EndsWith(".", entry.Meaning);
        }
    }

    [Fact]
    public void Entries_have_the_severity_the_source_reports_them_with()
    {
        var seen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
            foreach (Match match in ReportedWith().Matches(File.ReadAllText(file)))
            {
                if (!seen.TryGetValue(match.Groups[2].Value, out var kinds)) seen[match.Groups[2].Value] = kinds = new HashSet<string>();
                kinds.Add(match.Groups[1].Value);
            }
        Assert.NotEmpty(seen);
        foreach (var (code, kinds) in seen)
        {
            if (kinds.Count > 1)
            {
                // A few codes are warnings in a draft and errors once it is published: the entry is the error and says so.
                Assert.Equal(Severity.Error, DiagnosticCatalogue.Find(code)!.Severity);
                Assert.Contains("warning", DiagnosticCatalogue.Find(code)!.Meaning, StringComparison.Ordinal);
                continue;
            }
            Assert.Equal(kinds.Single() == "Error" ? Severity.Error : Severity.Warning, DiagnosticCatalogue.Find(code)!.Severity);
        }
    }

    [Fact]
    public void The_reference_adds_one_heading_per_code_and_no_other_to_the_readme_outline()
    {
        var lines = CatalogueText.Markdown(DiagnosticCatalogue.All).Split('\n');

        var headings = lines.Where(l => l.StartsWith('#')).ToList();
        Assert.Equal(DiagnosticCatalogue.All.Select(e => $"#### {e.Code}: {e.Title}"), headings);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("```", StringComparison.Ordinal) && !l.StartsWith("    ", StringComparison.Ordinal));
        Assert.Contains(DiagnosticCatalogue.All, e => e.Example.Split('\n').Any(l => l.StartsWith("## ", StringComparison.Ordinal))); // the case this guards
    }

    [Fact]
    public void The_readme_holds_exactly_the_generated_reference()
    {
        var readmePath = Path.Combine(RepoPaths.Root, "README.md");
        var readme = File.ReadAllText(readmePath).ReplaceLineEndings("\n");
        var generated = CatalogueText.Markdown(DiagnosticCatalogue.All);
        var start = readme.IndexOf(CatalogueText.MarkdownStart, StringComparison.Ordinal);
        var end = readme.IndexOf(CatalogueText.MarkdownEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no diagnostic reference section: run 'dotnet run --project generator -- explain --markdown' and paste it in");
        var current = readme[start..(end + CatalogueText.MarkdownEnd.Length + 1)];
        if (Golden.Updating)
        {
            File.WriteAllText(readmePath, readme.Replace(current, generated, StringComparison.Ordinal));
            return;
        }
        Assert.True(current == generated,
            "README.md's diagnostic reference is out of date: replace it with the output of 'dotnet run --project generator -- explain --markdown' (or run the tests with CASELIB_UPDATE_GOLDEN=1)");
    }
}
