using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Model;

/// <summary>A configuration error found by the model stage points into cases/library.yaml, at the value, not at a bare "library.yaml(1,1)".</summary>
public sealed class LicencePositionTests
{
    [Fact]
    public void An_unknown_licence_in_library_yaml_is_reported_at_its_value()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()), ("library.yaml", MiniLibrary.LibraryYaml.Replace("licence: CC-BY-4.0", "licence: CC-BY-4")));

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["cases/library.yaml(4,10): error CL0134: unknown licence 'CC-BY-4' (did you mean 'CC-BY-4.0'?)"], outcome.DiagnosticLines);
    }
}
