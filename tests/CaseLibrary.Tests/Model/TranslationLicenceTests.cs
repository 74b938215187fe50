using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Model;

/// <summary>
/// A translation is made of its original, so its licence keeps the original's terms (CL0137, a warning): a contributor's
/// CC BY translation of a CC BY-SA case passed the check (a contributor's review).
/// </summary>
public sealed class TranslationLicenceTests
{
    private static IReadOnlyList<string> Check(string originalLicence, string translationLicence)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp,
            ("a-case/en.md", MiniLibrary.Case(extra: originalLicence)),
            ("a-case/it.md", MiniLibrary.Case(title: "Un caso", extra: "translators: [ann-smith]\n" + translationLicence)));
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.Equal(0, outcome.ExitCode);
        return outcome.DiagnosticLines;
    }

    [Theory]
    [InlineData("licence: CC-BY-SA-4.0", "", "cases/a-case/it.md(1,1): warning CL0137: licence 'CC-BY-4.0' (the library's, as none is written) does not keep the terms of the original's (en): a translation of a ShareAlike case (CC-BY-SA-4.0) is shared under a ShareAlike licence; write 'licence: CC-BY-SA-4.0'")]
    [InlineData("licence: CC-BY-NC-4.0", "licence: CC-BY-SA-4.0", "cases/a-case/it.md(9,10): warning CL0137: licence 'CC-BY-SA-4.0' does not keep the terms of the original's (en): a translation of a NonCommercial case (CC-BY-NC-4.0) stays NonCommercial; write 'licence: CC-BY-NC-4.0'")]
    [InlineData("licence: CC-BY-ND-4.0", "licence: CC-BY-ND-4.0", "cases/a-case/it.md(9,10): warning CL0137: the original (en) is under CC-BY-ND-4.0, which allows no translation to be shared (NoDerivatives): ask its authors for permission before publishing this translation, and write the licence they agree to")]
    public void A_translation_whose_licence_drops_the_originals_terms_is_warned(string original, string translation, string expected)
    {
        Assert.Equal([expected], Check(original, translation));
    }

    [Theory]
    [InlineData("", "")]                                              // both the library's
    [InlineData("licence: CC-BY-SA-4.0", "licence: CC-BY-SA-4.0")]
    [InlineData("licence: CC-BY-SA-3.0", "licence: CC-BY-SA-4.0")]   // a later ShareAlike version
    [InlineData("", "licence: CC-BY-NC-SA-4.0")]                      // a CC BY case's translation may add terms
    [InlineData("licence: CC0-1.0", "")]
    [InlineData("licence: CC-BY-NC-SA-4.0", "licence: CC-BY-NC-SA-4.0")]
    public void A_translation_that_keeps_the_originals_terms_is_not_warned(string original, string translation)
    {
        Assert.Empty(Check(original, translation));
    }
}
