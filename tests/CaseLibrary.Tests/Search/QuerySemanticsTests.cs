using CaseLibrary.Search;
using Xunit;

namespace CaseLibrary.Tests.Search;

/// <summary>
/// What a query means (theme/assets/js/search-query.js), run in Node on indexes our C# builder makes
/// (tests/lunr-reference/query-semantics.js): every word required with lunr's scores and order, the any-word
/// fallback, stop words, quotes, typo correction and German/Dutch compound parts.
/// </summary>
public sealed class QuerySemanticsTests
{
    private static readonly SearchField[] Fields = [new("title", 10), new("body")];

    private static readonly SearchDocument[] English =
    [
        new("a", ["Detached youth work in Cork", "Street-based detached youth work with young people in the harbour."]),
        new("b", ["A bridge into apprenticeships", "A school guidance counsellor and employers build a route for young people."]),
        new("c", ["Data sharing", "Consent and data sharing between the agencies of the city, with the youth service."]),
        new("d", ["Dyslexia and reading", "Counselling adults with dyslexia about vocational training."]),
    ];

    private sealed record Reply(string[] Refs, double[] Scores, string Mode, bool Phrase, string[] Corrections, string[] AnyWord, CaseHit[] Cases);

    private sealed record CaseHit(string Ref, double Score, int[] Sections);

    private static Reply[] Run(string language, SearchDocument[] docs, bool exact, params string[] queries) => Run(language, docs, exact, false, Fields, queries);

    private static Reply[] Run(string language, SearchDocument[] docs, bool exact, bool sections, IReadOnlyList<SearchField> fields, params string[] queries)
    {
        var env = LunrTestEnvironment.Instance;
        string index = new LunrIndexBuilder().BuildJson(env.Pipeline(language), fields, docs);
        string stdout = env.RunReference("query-semantics.js",
            "{\"language\":" + JsonText.String(language) + ",\"index\":" + JsonText.String(index) + ",\"queries\":" + JsonText.Strings(queries) +
            ",\"exact\":" + (exact ? "true" : "false") + ",\"sections\":" + (sections ? "true" : "false") + "}");
        return ((List<object?>)LenientJson.Parse(stdout)!).Cast<Dictionary<string, object?>>().Select(r => new Reply(
            LenientJson.Strings(r["refs"]),
            ((List<object?>)r["scores"]!).Cast<double>().ToArray(),
            (string)r["mode"]!,
            (bool)r["phrase"]!,
            ((List<object?>)r["corrections"]!).Cast<Dictionary<string, object?>>().Select(c => (string)c["word"]! + "→" + (string)c["term"]!).ToArray(),
            LenientJson.Strings(r["anyWord"]),
            ((List<object?>)r["cases"]!).Cast<Dictionary<string, object?>>().Select(c => new CaseHit((string)c["ref"]!, (double)c["score"]!,
                ((List<object?>)c["sections"]!).Select(n => (int)(double)n!).ToArray())).ToArray())).ToArray();
    }

    [Fact]
    public void Every_word_is_required_and_results_keep_lunrs_order_and_scores()
    {
        var replies = Run("en", English, exact: false, "detached youth work", "youth", "young people school");

        Assert.Equal(["a"], replies[0].Refs);
        Assert.Equal("all", replies[0].Mode);
        Assert.Contains("c", replies[0].AnyWord); // the old any-word query also returned the data-sharing case
        Assert.Equal(["a", "c"], replies[1].Refs.Order());
        Assert.Equal(["b"], replies[2].Refs);
        // Same clauses as the any-word query: the required results are that query's results, in its order.
        foreach (var reply in replies)
            Assert.Equal(reply.AnyWord.Where(reply.Refs.Contains), reply.Refs);
    }

    [Fact]
    public void When_no_document_has_every_word_the_results_are_those_of_any_word()
    {
        var reply = Run("en", English, exact: false, "dyslexia harbour").Single();

        Assert.Equal("any", reply.Mode);
        Assert.Equal(reply.AnyWord, reply.Refs);
        Assert.Equal(["a", "d"], reply.Refs.Order());
    }

    [Fact]
    public void Stop_words_are_not_required_and_quotes_do_not_change_the_results()
    {
        var replies = Run("en", English, exact: false, "dyslexia", "the dyslexia", "\"youth work\"", "youth work", "the");

        Assert.Equal(replies[0].Refs, replies[1].Refs);
        Assert.Equal(replies[0].Scores, replies[1].Scores);
        Assert.Equal(replies[3].Refs, replies[2].Refs);
        Assert.True(replies[2].Phrase);
        Assert.False(replies[3].Phrase);
        Assert.Equal("common", replies[4].Mode); // stop words alone: said as such, not as "nothing found"
        Assert.Empty(replies[4].Refs);
    }

    [Fact]
    public void A_query_with_no_word_to_search_for_finds_nothing_instead_of_everything()
    {
        var replies = Run("en", English, exact: false, "*", "!?.,;", "\u2728", "-", "\"\"", "the of and", "");

        foreach (var reply in replies.Take(5))
        {
            Assert.Equal("nowords", reply.Mode);
            Assert.Empty(reply.Refs);
        }
        Assert.Equal("common", replies[5].Mode);
        Assert.Equal("empty", replies[6].Mode); // no text at all: the page lists by its filters
    }

    [Fact]
    public void A_word_with_a_minus_in_front_leaves_out_the_cases_it_matches()
    {
        var replies = Run("en", English, exact: false, "youth", "youth -consent", "young -apprenticeship -harbour", "-consent", "street-based youth");

        Assert.Equal(["a", "c"], replies[0].Refs.Order());
        Assert.Equal(["a"], replies[1].Refs);
        Assert.Equal("all", replies[1].Mode);
        Assert.Empty(replies[2].Refs); // both cases with "young" are left out
        Assert.Equal("nowords", replies[3].Mode); // nothing left to search for
        Assert.Empty(replies[3].Refs);
        Assert.Equal(["a"], replies[4].Refs); // a minus inside a word only splits it
    }

    [Fact]
    public void Lunr_s_operators_are_read_as_the_plain_word()
    {
        var replies = Run("en", English, exact: false, "dyslexia", "dyslexia~1", "dyslexia^10", "+dyslexia");

        foreach (var reply in replies.Skip(1))
        {
            Assert.Equal(replies[0].Refs, reply.Refs);
            Assert.Equal(replies[0].Scores, reply.Scores);
        }
    }

    [Theory]
    [InlineData("en", "Confidentiality of the records", "confidentialty", "confidenti")]   // a letter left out before the ending
    [InlineData("en", "Peer supervision in the team", "supervison", "supervis")]
    [InlineData("it", "Un apprendistato duale in azienda", "apprendistatto", "apprendist")] // a letter added
    [InlineData("de", "Die Vertraulichkeit der Beratung", "Vertraulichkiet", "vertraulich")] // two letters swapped
    [InlineData("nl", "Vertrouwelijkheid van gegevens", "vertrouwelijkhied", "vertrouw")]
    [InlineData("fr", "La confidentialité des données", "confidentialitée", "confidentialit")]
    [InlineData("fi", "Luottamuksellisuus ohjauksessa", "luottamuksellisus", "luottamuksellisuus")]
    public void A_typo_near_a_word_s_ending_is_corrected_through_the_spellings_one_edit_away(string language, string text, string typo, string term)
    {
        SearchDocument[] docs = [new("t", ["Fall", text]), new("x", ["Anders", "Nichts davon hier, rien, niente, ei mitään."])];
        var reply = Run(language, docs, exact: false, typo).Single();

        Assert.Equal(["t"], reply.Refs);
        Assert.Equal([typo.ToLowerInvariant() + "→" + term], reply.Corrections);
    }

    [Fact]
    public void A_misspelt_word_of_five_letters_or_more_is_corrected_from_the_vocabulary()
    {
        var replies = Run("en", English, exact: false, "dislexia", "aprenticeships", "apprentiseshipz", "yuth", "dislexiaa counselling");

        Assert.Equal(["d"], replies[0].Refs);
        Assert.Equal(["dislexia→dyslexia"], replies[0].Corrections);
        Assert.Equal(["b"], replies[1].Refs);                 // 14 letters: distance 1
        Assert.Equal(["b"], replies[2].Refs);                 // 15 letters: distance 2 (s→c, z→s)
        Assert.Single(replies[2].Corrections);
        Assert.Empty(replies[3].Refs);                        // 4 letters: no correction
        Assert.Empty(replies[3].Corrections);
        Assert.Equal(["d"], replies[4].Refs);                 // 9 letters: distance 2; the other word as typed
        Assert.Equal("all", replies[4].Mode);
    }

    [Fact]
    public void An_exact_query_is_not_corrected()
    {
        var reply = Run("en", English, exact: true, "dislexia").Single();
        Assert.Empty(reply.Refs);
        Assert.Empty(reply.Corrections);
    }

    [Theory]
    [InlineData("de", "Gemeinschaft", "Die Praxisgemeinschaft trifft sich jeden Monat.")]
    [InlineData("nl", "begeleiding", "Loopbaanbegeleiding voor jongeren in Gent.")]
    public void A_long_compound_part_finds_the_compound_wherever_it_is(string language, string part, string compoundText)
    {
        SearchDocument[] docs = [new("p", ["Fall", compoundText]), new("x", ["Anders", "Nichts davon hier."])];
        var reply = Run(language, docs, exact: true, part).Single();

        Assert.Equal(["p"], reply.Refs);
    }

    [Theory]
    [InlineData("de", "Berater", "Die Berufsberaterin hilft bei der Bewerbung.")]   // stem "berat": Berufsberaterin, the -in the stemmer keeps
    [InlineData("de", "Quote", "Die Übergangsquote steigt.")]
    [InlineData("de", "Schule", "Zwei Berufsschulen im Kreis.")]
    [InlineData("de", "Netz", "Das Beratungsnetz wächst.")]
    [InlineData("nl", "coach", "Een loopbaancoach helpt bij de keuze.")]
    [InlineData("nl", "stage", "De snuffelstages duren een week.")]                 // -es, which the stemmer keeps
    [InlineData("nl", "werk", "De jongerenwerkers komen op dinsdag.")]              // -er
    [InlineData("nl", "plan", "De actieplannen zijn klaar.")]                       // "actieplann": a doubled last consonant
    public void A_short_word_finds_the_compound_it_ends(string language, string word, string compoundText)
    {
        SearchDocument[] docs = [new("p", ["Fall", compoundText]), new("x", ["Anders", "Nichts davon hier."])];
        var reply = Run(language, docs, exact: true, word).Single();

        Assert.Equal(["p"], reply.Refs);
        Assert.Equal("all", reply.Mode);
    }

    [Theory]
    [InlineData("de", "Schulabbruch", "schulabbruch→schul abbruch")]                 // no linking element
    [InlineData("de", "Ausbildungsende", "ausbildungsende→ausbildung ende")]         // a linking -s left off
    [InlineData("de", "Elternarbeit", "elternarbeit→eltern arbeit")]                 // the first part's stem has 3 letters
    [InlineData("nl", "stagebegeleiding", "stagebegeleiding→stage begeleiding")]
    [InlineData("nl", "vrijwilligerswerk", "vrijwilligerswerk→vrijwilliger werk")]
    public void A_compound_the_library_never_writes_is_searched_as_its_two_words(string language, string compound, string correction)
    {
        SearchDocument[] docs = language == "de"
            ? [new("p", ["Fall", "Nach dem Abbruch der Schule kam das Ende der Ausbildung. Die Eltern suchten Arbeit."]),
               new("s", ["Schule", "Die Schule und die Eltern."]),
               new("x", ["Anders", "Nichts davon hier."])]
            : [new("p", ["Geval", "De begeleiding van de stage. De vrijwilligers doen het werk."]),
               new("s", ["Stage", "Een stage voor vrijwilligers."]),
               new("x", ["Anders", "Niets hiervan."])];
        var replies = Run(language, docs, exact: false, compound, compound + " " + compound.ToUpperInvariant());

        Assert.Equal(["p"], replies[0].Refs);
        Assert.Equal("all", replies[0].Mode);
        Assert.Equal([correction], replies[0].Corrections);
        Assert.Equal(["p"], replies[1].Refs);
        // An exact query searches the word as written, and another language has no compounds.
        Assert.Empty(Run(language, docs, exact: true, compound).Single().Refs);
        Assert.Empty(Run("en", docs, exact: false, compound).Single().Refs);
    }

    [Fact]
    public void A_compound_is_split_only_into_parts_that_each_find_something_and_a_misspelt_one_is_corrected()
    {
        SearchDocument[] docs =
        [
            new("p", ["Fall", "Der Ausbildungsabbruch kam früh, die Schule half."]),
            new("x", ["Anders", "Nichts davon hier, nur Arbeit."]),
        ];
        var replies = Run("de", docs, exact: false, "Ausbildungsabruch", "Schulgarten", "Arbeitsschule");

        Assert.Equal(["p"], replies[0].Refs);                      // a typo, not two words: "abruch" is not in the library
        Assert.Equal(["ausbildungsabruch→ausbildungsabbruch"], replies[0].Corrections);
        Assert.DoesNotContain(replies[1].Corrections, c => c.StartsWith("schulgarten→schul ", StringComparison.Ordinal)); // no "garten"
        Assert.Equal(["arbeitsschule→arbeit schule"], replies[2].Corrections);
        Assert.Equal("any", replies[2].Mode);                      // "arbeit" and "schule" are in different cases, as for two words
    }

    [Theory]
    [InlineData("de", "Stelle", "Die Bestellung kam, die Vorstellungsrunde war kurz.")] // be|stell: a prefix, not a first part; and inside
    [InlineData("de", "Plan", "Der Kaplan hat es eingeplant.")]                            // ka|plan; eingeplant: not at the end
    [InlineData("de", "Rat", "Der Apparat steht beim Beirat.")]                            // a stem of 3 letters is never a part
    [InlineData("nl", "werk", "Het netwerk groeit en de samenwerkingsafspraken zijn klaar.")] // net|werk: a first part of 3 letters; inside
    [InlineData("nl", "taal", "Het digitaal dossier.")]                                    // "tal": 3 letters
    public void A_short_word_does_not_match_inside_other_words(string language, string word, string text)
    {
        SearchDocument[] docs = [new("s", ["Fall", text]), new("x", ["Anders", "Nichts davon hier."])];
        var reply = Run(language, docs, exact: true, word).Single();

        Assert.Empty(reply.Refs);
    }

    /// <summary>The site's shape: a document per section, "&lt;case&gt;.&lt;n&gt;", the case's own fields in section 0.</summary>
    private static readonly SearchDocument[] Sections =
    [
        new("a.0", ["Detached youth work in Cork", "", "The harbour team meets young people at night."]),
        new("a.1", ["", "Data sharing", "Consent forms were agreed with the city's agencies."]),
        new("a.2", ["", "Outcome", "Nine young people joined a training course."]),
        new("b.0", ["Apprenticeships in Turin", "", "Employers and a school counsellor work together."]),
        new("b.1", ["", "Consent", "Parents signed a consent form for every visit to a company."]),
    ];

    private static readonly SearchField[] SectionFields = [new("title", 10), new("heading", 3), new("body")];

    [Fact]
    public void Every_word_is_required_of_the_case_not_of_one_section_and_a_case_ranks_by_its_best_section()
    {
        var replies = Run("en", Sections, exact: false, sections: true, SectionFields, "harbour consent", "consent", "harbour apprenticeships");

        // "harbour" is in a.0 and "consent" in a.1: the case has every word; b has only "consent".
        Assert.Equal("all", replies[0].Mode);
        Assert.Equal(["a"], replies[0].Cases.Select(c => c.Ref));
        Assert.Equal(["a.0", "a.1"], replies[0].Refs.Order());
        // A case's score is its best section's, and its sections come best first (lunr's order of the documents).
        foreach (var reply in replies)
            foreach (var hit in reply.Cases)
            {
                var own = reply.Refs.Select((r, i) => (Ref: r, Score: reply.Scores[i])).Where(x => x.Ref.StartsWith(hit.Ref + ".", StringComparison.Ordinal)).ToList();
                Assert.Equal(own.Max(x => x.Score), hit.Score);
                Assert.Equal(own.Select(x => int.Parse(x.Ref.Split('.')[1])), hit.Sections);
            }
        Assert.Equal(["a", "b"], replies[1].Cases.Select(c => c.Ref).Order());
        Assert.Equal("b", replies[1].Cases[0].Ref); // "Consent" is b.1's heading (boost 3), a.1 has it in its text only
        Assert.Equal([1], replies[1].Cases[0].Sections);
        // No case has both words: any word, as before.
        Assert.Equal("any", replies[2].Mode);
        Assert.Equal(["a", "b"], replies[2].Cases.Select(c => c.Ref).Order());
    }
}
