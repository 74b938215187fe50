using CaseLibrary.Configuration;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Content;

/// <summary>A competence of the framework; its id is language-neutral, its labels are per language.</summary>
public sealed record Competence(string Id, int Number, LocalizedText Name, LocalizedText Description, SourceLocation Location);
