using CaseLibrary.Diagnostics;

namespace CaseLibrary.Markdown;

/// <summary>
/// Where a link, image or reference definition of a source file is written, recorded where it is parsed and carried
/// forward to the link check: <see cref="Href"/> is the address as the published page has it (what the check reads
/// back from the page), <see cref="Address"/> the start of the address as written, and <see cref="Fragment"/> its
/// '#' when it has one (a missing #heading is reported there). <see cref="Written"/> is the address as the source
/// writes it, when the page has it otherwise (teaching notes, a folder below their case, have <c>../</c> before a
/// relative address): the check names what the contributor wrote.
/// </summary>
public sealed record LinkPosition(string Href, SourceLocation Address, SourceLocation Fragment, string? Written = null);
