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

    /// <summary>The longest path of a published theme asset below the site's root: theme folders nest, and a deep enough
    /// nest passes every name check yet fails when it is written (Linux allows 4,096 bytes per path, with the output
    /// folder's own path in front).</summary>
    public const int MaxAssetPathLength = 255;

    [GeneratedRegex(ContentContract.IdPattern)]
    public static partial Regex Id();

    /// <summary>
    /// What the site itself publishes at the address an id of this kind ("case", "competence", "author") would take,
    /// or null when the id is free: a long list's further pages are at <c>&lt;kind&gt;s/page/2/</c>, and
    /// <c>competences/matrix/</c> is the table of cases and competences. Such an id would share or overwrite them.
    /// </summary>
    public static string? SiteUse(string kind, string id) => (kind, id) switch
    {
        (_, "page") => $"the further pages of the list of {kind}s are published at {kind}s/page/2/, {kind}s/page/3/ …",
        ("competence", "matrix") => "competences/matrix/ is the table of cases and competences",
        _ => null,
    };
}
