using CaseLibrary.Search;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// Documents that exercise every corner of the index format: accents in all six languages,
/// refs that JavaScript orders as array indexes, hyphens and unusual white space, Turkish İ,
/// Greek final sigma, emoji and lone surrogates, quotes, control characters, stop words,
/// prototype property names, empty and null fields, and repeated terms.
/// </summary>
internal static class SyntheticDocuments
{
    public static readonly SearchField[] Fields = [new("title", 10), new("summary", 5), new("body")];

    /// <summary>Field names that are array indexes, a zero boost and a fractional one.</summary>
    public static readonly SearchField[] OddFields = [new("body"), new("10", 2), new("2", 0), new("tags", 1.5)];

    private static readonly string[] Refs =
    [
        "case-one", "2", "10", "0", "01", "-1", "4294967294", "4294967295", "1.5", "a/b", "__proto__",
        "constructor", "équipe", "", "3", "Z", "toString", "1e3",
    ];

    private static readonly string[] Words =
    [
        // French, Italian, German, Dutch, Finnish, English with and without accents
        "équipement", "équipements", "Équipe", "œuvre", "l'équipe", "été", "à", "garçon", "naïve", "Noël",
        "città", "università", "perché", "abbandonerà", "abbandonò", "dell'orientamento", "lavoratori",
        "Straße", "Übersetzungen", "Ölförderung", "für", "Häuser", "Kaufleute", "Beschäftigungsförderung",
        "coöperatie", "ideeën", "ijsbeer", "België", "loopbaanbegeleiders", "één",
        "käyttäjä", "käyttäjällä", "kayttajalla", "työllisyyspalvelujen", "hän", "että", "Hyvää",
        "running", "Yelling", "hopping", "agreed", "caresses", "ponies", "generalizations", "yyyy", "sky",
        "the", "and", "however", "employability", "practitioners", "guidance", "relational",
        // Turkish İ, Greek sigma, other scripts
        "İstanbul", "İİ", "ΟΔΥΣΣΕΥΣ", "ΣΑΣ", "Σ", "σοφία", "ΑΣ.", "Москва", "東京", "ﬁnance", "Ǆemal", "ÅNGSTRÖM",
        // numbers, punctuation, symbols
        "2024", "3.14", "1-2-3", "v1.2", "50%", "C#", "e-mail", "--", "...", "\"quoted\"", "'single'", "«guillemets»",
        "(parenthèse)", "co-op", "a/b", "x\\y", "_under_", "#tag", "@user", "",
        // emoji, surrogates, control and format characters
        "😀", "smile😀", "👩‍🔬", "\ud800", "lone\udc00", "\u0001ctrl", "nul\u0000nul", "tab\there", "line\nbreak",
        "nbsp\u00a0space", "em\u2003space", "ls\u2028ps\u2029", "zw\u200bsp", "bom\ufeffx", "nel\u0085x", "soft\u00adhyphen",
        "e\u0301", "del\u007f",
        // JavaScript property names
        "__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "_index",
    ];

    // Inflected forms per language, for the pipeline agreement test.
    private static readonly Dictionary<string, string[]> LanguageWords = new()
    {
        ["fi"] =
        [
            "käyttäjä", "käyttäjän", "käyttäjää", "käyttäjällä", "käyttäjälle", "käyttäjältä", "käyttäjissä",
            "käyttäjien", "kayttaja", "kayttajalla", "työ", "työllisyys", "työllisyyden", "työttömyys",
            "työnhakija", "työnhakijoiden", "ohjaus", "ohjauksen", "ohjauksessa", "ohjaaja", "ohjaajat",
            "ohjaajien", "osaaminen", "osaamisen", "osaamista", "osaamisperustainen", "tapaus", "tapauksen",
            "tapauksessa", "tapauskuvaukset", "nuori", "nuoren", "nuorten", "nuorille", "koulutus",
            "koulutuksen", "koulutuksessa", "yhteisö", "yhteisön", "yhteisössä", "päätös", "päätöksen",
            "päätöksiä", "hän", "että", "minä", "sinä", "mitä", "jotka", "eivät", "ammattilainen",
            "ammattilaisten", "Eurooppa", "eurooppalainen", "eurooppalaisessa", "kysymys", "kysymyksiä",
            "elämä", "elämän", "elämässä", "tulevaisuus", "tulevaisuuden", "ryhmä", "ryhmässä", "ryhmien",
            "sääntö", "säännöt", "sääntöjen", "yleisimmät", "tekijöitä", "pyyntöjen", "keskustelu",
            "keskustelussa", "keskusteluja", "vahvuudet", "vahvuuksia", "mahdollisuus", "mahdollisuuksia",
        ],
    };

    public static IEnumerable<string> WordsFor(string language) =>
        Words.Concat(LanguageWords.GetValueOrDefault(language) ?? []);

    public static IReadOnlyList<SearchDocument> Create(int fieldCount, int seed)
    {
        var random = new Random(seed);
        var docs = new List<SearchDocument>();
        foreach (string docRef in Refs)
        {
            var values = new string[fieldCount];
            for (int f = 0; f < fieldCount; f++) values[f] = Text(random, f == fieldCount - 1 ? 40 : 6);
            docs.Add(new SearchDocument(docRef, values));
        }
        docs.Add(new SearchDocument("empty", Enumerable.Repeat("", fieldCount).ToArray()));
        docs.Add(new SearchDocument("null", Enumerable.Repeat<string>(null!, fieldCount).ToArray()));
        docs.Add(new SearchDocument("repeat", Enumerable.Repeat("città città citta Città équipement", fieldCount).ToArray()));
        return docs;
    }

    private static string Text(Random random, int maxWords)
    {
        int count = random.Next(maxWords + 1);
        var parts = new List<string>();
        for (int i = 0; i < count; i++)
        {
            parts.Add(Words[random.Next(Words.Length)]);
            parts.Add(random.Next(8) switch { 0 => "-", 1 => " \t ", 2 => ",\n", _ => " " });
        }
        return string.Concat(parts);
    }
}
