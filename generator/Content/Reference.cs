using CaseLibrary.Diagnostics;

namespace CaseLibrary.Content;

/// <summary>An id written in a source file (competence, author, country, licence), kept with where it was written.</summary>
public sealed record Reference(string Id, SourceLocation Location);
