using System.Text.RegularExpressions;

namespace CaseLibrary.Contract;

/// <summary>
/// The rules for ids (cases, authors, competences) and published file names. An id becomes a folder and part of file
/// names in the site (<c>&lt;id&gt;-&lt;lang&gt;.bib</c>, <c>.ris</c>, <c>.json</c>, <c>.pdf</c>), and common file systems
/// allow 255 bytes per name, so ids and names are kept well below that.
/// </summary>
public static partial class Names
{
    public const int MaxIdLength = 100;

    public const int MaxFileNameLength = 100;

    [GeneratedRegex(ContentContract.IdPattern)]
    public static partial Regex Id();
}
