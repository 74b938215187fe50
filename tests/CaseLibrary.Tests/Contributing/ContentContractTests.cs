using CaseLibrary.Contract;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Contributing;

/// <summary>The parsers do what the contract table (and so the schema and the scaffold comments) says: required keys are required, the rest are not.</summary>
public sealed class ContentContractTests
{
    public static TheoryData<string, bool> FrontMatterFields()
    {
        var data = new TheoryData<string, bool>();
        foreach (var field in ContentContract.CaseFrontMatter) data.Add(field.Name, field.Required);
        return data;
    }

    [Theory]
    [MemberData(nameof(FrontMatterFields))]
    public void Leaving_out_a_front_matter_key_is_an_error_exactly_when_the_contract_says_it_is_required(string key, bool required)
    {
        using var temp = new TempFolder();
        var full = MiniLibrary.Case(extra: "tags: [a]\nlearning_objectives: [b]\ndiscussion_questions: [c]\nlicence: CC-BY-4.0\nupdated: 2024-02-03\ntranslators: [ann-smith]\ndraft: false");
        var text = string.Join('\n', full.Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)));
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", text));

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.NotEqual(text, full);
        if (required) Assert.Contains($"error CL0102: missing required key '{key}' in the front matter", outcome.Stderr);
        else Assert.True(outcome.ExitCode == 0, outcome.Stderr);
    }

    [Theory]
    [InlineData("library.yaml")]
    [InlineData("competences.yaml")]
    [InlineData("authors.yaml")]
    public void Data_file_keys_outside_the_contract_are_unknown(string file)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var path = Path.Combine(cases, file);
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(1, file == "library.yaml" ? "titel: x" : "  titel: x");
        File.WriteAllLines(path, lines);

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"cases/{file}(2,", outcome.Stderr);
        Assert.Contains("unknown key 'titel'", outcome.Stderr);
    }
}
