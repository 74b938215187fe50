namespace CaseLibrary.Scaffolding;

/// <summary>Real values from the library for a new case's examples: competence and author ids, a country, the licence.</summary>
public sealed record ScaffoldExamples(IReadOnlyList<string> Competences, string Author, string Country, string Licence);
