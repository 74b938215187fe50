using CaseLibrary.Configuration;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Content;

public sealed record AuthorLink(string Label, string Url);

/// <summary>A person who writes or translates cases.</summary>
public sealed record Author(
    string Id,
    string Name,
    string? Organisation,
    Reference? Country,
    LocalizedText Bio,
    IReadOnlyList<AuthorLink> Links,
    SourceLocation Location);
