namespace CaseLibrary.Scaffolding;

/// <summary>
/// The sections a new case starts with, in the language of its file: a Finnish case written from English headings kept
/// them (a contributor replaces the paragraphs, and the headings stay). Each section's paragraph starts with the
/// language's <see cref="Contract.Placeholders.Paragraphs"/> marker, which <c>check</c> recognises (CL0170).
/// </summary>
public static class ScaffoldSections
{
    private static readonly Dictionary<string, (string Heading, string Prompt)[]> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] =
        [
            ("Context", "Where and when did this happen? Describe the service, the people involved and what was at stake."),
            ("The situation / challenge", "What problem or question did the practitioner face?"),
            ("What the practitioner did (intervention)", "What was done, step by step, and why?"),
            ("Outcomes", "What happened as a result, including what did not work?"),
            ("Reflection", "What was learned? What would you do differently?"),
            ("Links to the competences", "How does the case show each competence listed above?"),
        ],
        ["fr"] =
        [
            ("Contexte", "Où et quand cela s'est-il passé ? Décrivez le service, les personnes concernées et ce qui était en jeu."),
            ("La situation / le défi", "À quel problème ou à quelle question le professionnel faisait-il face ?"),
            ("Ce que le professionnel a fait (intervention)", "Qu'a-t-on fait, étape par étape, et pourquoi ?"),
            ("Résultats", "Qu'en est-il résulté, y compris ce qui n'a pas fonctionné ?"),
            ("Réflexion", "Qu'avez-vous appris ? Que feriez-vous autrement ?"),
            ("Liens avec les compétences", "Comment le cas illustre-t-il chacune des compétences indiquées plus haut ?"),
        ],
        ["it"] =
        [
            ("Contesto", "Dove e quando è successo? Descrivete il servizio, le persone coinvolte e che cosa era in gioco."),
            ("La situazione / la sfida", "Quale problema o quale domanda ha affrontato il professionista?"),
            ("Che cosa ha fatto il professionista (intervento)", "Che cosa è stato fatto, passo dopo passo, e perché?"),
            ("Risultati", "Che cosa ne è derivato, compreso ciò che non ha funzionato?"),
            ("Riflessione", "Che cosa avete imparato? Che cosa fareste diversamente?"),
            ("Collegamenti con le competenze", "In che modo il caso mostra ciascuna delle competenze indicate sopra?"),
        ],
        ["fi"] =
        [
            ("Tausta", "Missä ja milloin tämä tapahtui? Kuvaa palvelu, osalliset ja se, mitä oli pelissä."),
            ("Tilanne / haaste", "Minkä ongelman tai kysymyksen edessä ammattilainen oli?"),
            ("Mitä ammattilainen teki (interventio)", "Mitä tehtiin, vaihe vaiheelta, ja miksi?"),
            ("Tulokset", "Mitä siitä seurasi, myös se, mikä ei toiminut?"),
            ("Pohdinta", "Mitä opittiin? Mitä tekisit toisin?"),
            ("Yhteys osaamisalueisiin", "Miten tapaus ilmentää kutakin yllä mainittua osaamisaluetta?"),
        ],
        ["de"] =
        [
            ("Kontext", "Wo und wann hat sich das ereignet? Beschreiben Sie den Dienst, die Beteiligten und was auf dem Spiel stand."),
            ("Die Situation / Herausforderung", "Vor welchem Problem oder welcher Frage stand die Fachkraft?"),
            ("Was die Fachkraft getan hat (Intervention)", "Was wurde getan, Schritt für Schritt, und warum?"),
            ("Ergebnisse", "Was ist daraus entstanden, auch das, was nicht funktioniert hat?"),
            ("Reflexion", "Was wurde gelernt? Was würden Sie anders machen?"),
            ("Bezüge zu den Kompetenzen", "Wie zeigt der Fall jede der oben genannten Kompetenzen?"),
        ],
        ["nl"] =
        [
            ("Context", "Waar en wanneer gebeurde dit? Beschrijf de dienst, de betrokkenen en wat er op het spel stond."),
            ("De situatie / uitdaging", "Voor welk probleem of welke vraag stond de professional?"),
            ("Wat de professional deed (interventie)", "Wat werd er gedaan, stap voor stap, en waarom?"),
            ("Resultaten", "Wat was het resultaat, ook wat niet werkte?"),
            ("Reflectie", "Wat werd er geleerd? Wat zou u anders doen?"),
            ("Koppeling met de competenties", "Hoe laat de casus elk van de hierboven genoemde competenties zien?"),
        ],
    };

    /// <summary>The Markdown body of a new case in <paramref name="language"/> (English for a language without a table).</summary>
    public static string Body(string language)
    {
        var sections = ByLanguage.GetValueOrDefault(language) ?? ByLanguage["en"];
        var marker = Contract.Placeholders.Paragraphs.GetValueOrDefault(language) ?? Contract.Placeholders.Paragraphs["en"];
        return string.Join("\n\n", sections.Select(s => $"## {s.Heading}\n\n{marker} {s.Prompt}")) + "\n";
    }
}
