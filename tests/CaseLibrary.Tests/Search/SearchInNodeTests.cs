using CaseLibrary.Search;
using Xunit;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// The C#-built index loads in lunr the way the browser loads it (search-fold.js loadIndex,
/// tests/lunr-reference/search-index.js) and finds documents by accented, unaccented and
/// inflected query words.
/// </summary>
public sealed class SearchInNodeTests
{
    private static readonly SearchField[] Fields = [new("title", 10), new("body")];

    // language → (title of d0, title of d1, queries that must find d0, queries that must find d1)
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        { "en", "Équipement for the café", "Naïve users were running the hiring process",
            "equipement équipement cafe café", "naive naïve run runs hire" },
        { "it", "La città e le università europee", "I lavoratori abbandonerà il lavoro",
            "citta città universita università", "lavoratore lavoratori abbandonare abbandonera abbandonerà" },
        { "fr", "L'équipement des équipes", "Le conseiller a été très présent",
            "equipement équipement équipements equipements equipe", "presente présente présent" },
        { "fi", "Käyttäjällä on oikeus", "Työllisyyspalvelujen ammattilaiset",
            "kayttaja käyttäjä käyttäjän kayttajan kayttajalla", "tyollisyyspalvelut työllisyyspalvelut" },
        { "de", "Die Übersetzungen der Straße", "Beschäftigungsförderung für Jugendliche",
            "ubersetzung übersetzung Übersetzungen strasse straße", "beschaftigungsforderung Beschäftigungsförderung jugendlichen" },
        { "nl", "De coöperatie van de ideeën", "Loopbaanbegeleiders in België",
            "cooperatie coöperatie ideeen ideeën", "belgie België loopbaanbegeleider" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void QueriesFindTheDocument(string language, string first, string second, string findFirst, string findSecond)
    {
        var env = LunrTestEnvironment.Instance;
        SearchDocument[] docs = [new("d0", [first, ""]), new("d1", [second, ""]), new("d2", ["unrelated", "nothing here"])];
        string index = new LunrIndexBuilder().BuildJson(env.Pipeline(language), Fields, docs);

        string[] queries = [.. Split(findFirst), .. Split(findSecond)];
        string stdout = env.RunReference("search-index.js",
            "{\"language\":" + JsonText.String(language) + ",\"index\":" + JsonText.String(index) + ",\"queries\":" + JsonText.Strings(queries) + "}");
        var results = ((List<object?>)LenientJson.Parse(stdout)!).Select(LenientJson.Strings).ToArray();

        for (int i = 0; i < queries.Length; i++)
        {
            string expected = i < Split(findFirst).Length ? "d0" : "d1";
            Assert.True(results[i].FirstOrDefault() == expected,
                $"{language}: query '{queries[i]}' returned [{string.Join(", ", results[i])}], expected {expected} first");
        }
    }

    private static string[] Split(string queries) => queries.Split(' ');
}
