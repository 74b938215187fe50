using System.Text.RegularExpressions;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Markdown;

/// <summary>
/// A link from a case body to a case, written as people write it: the site's form <c>../case-id/</c>, or the way
/// GitHub shows the file (<c>../case-id/en.md</c>, <c>it.md#heading</c> for another version of the same case), or a
/// bare <c>case-id</c>. The converter renders it as <see cref="Marker"/>; the model stage, which knows every case and its
/// languages, puts the real address in its place (<c>Model/CaseLinkResolver</c>).
/// </summary>
/// <param name="TargetId">The case linked to; empty for another version of the same case (<c>it.md</c>).</param>
/// <param name="Language">The language named by a file name (<c>en.md</c>), if any.</param>
/// <param name="Bare">Written without <c>../</c> (<c>neet-outreach-dublin</c>): it works neither on GitHub nor on the site.</param>
public sealed partial record CaseLink(int Index, string Written, string TargetId, string? Language, string Fragment, bool Bare, SourceLocation Location)
{
    public string Marker => MarkerOf(Index);

    /// <summary>Where the '#' of its fragment is written (<see cref="Location"/> when it has none).</summary>
    public SourceLocation? FragmentLocation { get; init; }

    public static string MarkerOf(int index) => $"caselib:case/{index}";

    /// <summary>Recognises a case link in an address that <see cref="LinkPolicy"/> accepted; null for anything else.</summary>
    public static (string TargetId, string? Language, string Fragment, bool Bare)? Read(string url)
    {
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? url[(hash + 1)..] : "";
        var path = hash >= 0 ? url[..hash] : url;
        if (path.Contains('?') || path.Length == 0) return null;
        if (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        var match = Shape().Match(path);
        if (!match.Success) return null;
        var id = match.Groups["id"].Value;
        var language = match.Groups["lang"].Success ? match.Groups["lang"].Value : null;
        var up = match.Groups["up"].Success;
        if (!up && id.Length > 0 && language is not null) return null; // "case-id/en.md": a bare folder with a file
        return (id, language, fragment, !up && id.Length > 0);
    }

    [GeneratedRegex(@"^(?:(?<up>\.\./)(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)(?:/(?:(?<lang>[a-z]{2,3})\.md)?)?|(?<lang>[a-z]{2,3})\.md|(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)/?)$")]
    private static partial Regex Shape();
}
