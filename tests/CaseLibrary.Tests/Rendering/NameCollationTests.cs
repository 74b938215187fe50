using CaseLibrary.Rendering;

namespace CaseLibrary.Tests.Rendering;

public sealed class NameCollationTests
{
    [Fact]
    public void Accents_and_case_do_not_move_a_name_out_of_its_letter()
    {
        string[] names = ["Österreich", "Zypern", "Niederlande", "Belgien", "Éire", "estland", "Ungarn"];
        Assert.Equal(["Belgien", "Éire", "estland", "Niederlande", "Österreich", "Ungarn", "Zypern"], names.Order(NameCollation.For("de")));
    }

    [Fact]
    public void Finnish_sorts_a_with_diaeresis_and_o_with_diaeresis_after_z()
    {
        string[] names = ["Ösel", "Zimbabwe", "Itävalta", "Italia", "Åland", "Ääni", "Oulu"];
        Assert.Equal(["Italia", "Itävalta", "Oulu", "Zimbabwe", "Åland", "Ääni", "Ösel"], names.Order(NameCollation.For("fi")));
        // The same names in German: the letters fold to a and o.
        Assert.Equal(["Ääni", "Åland", "Italia", "Itävalta", "Ösel", "Oulu", "Zimbabwe"], names.Order(NameCollation.For("de")));
    }

    [Fact]
    public void Names_equal_but_for_case_or_accents_still_have_one_order()
    {
        var collation = NameCollation.For("fr");
        Assert.NotEqual(0, collation.Compare("Cote", "Côte"));
        Assert.Equal(-collation.Compare("Cote", "Côte"), collation.Compare("Côte", "Cote"));
        Assert.Equal(0, collation.Compare("Côte", "Côte"));
    }
}
