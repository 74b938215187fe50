using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseLibrary.Rendering.Citations;

/// <summary>CSL-JSON (an array with one item), the input format of Zotero, Pandoc and citeproc; built as JSON, never as text.</summary>
public static class CslJsonWriter
{
    // A download (percent-encoded into a data: URL on the case page, see DataUri): non-ASCII stays readable; quotes, control
    // characters and '\' are still escaped. One line: every space of an indented file would cost three bytes on every case page.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Citation citation)
    {
        var item = new JsonObject
        {
            ["id"] = citation.Key,
            ["type"] = "webpage",
            ["title"] = Citation.Clean(citation.Title),
            ["author"] = Names(citation.Authors),
            ["issued"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(citation.Issued.Year, citation.Issued.Month, citation.Issued.Day)) },
            ["publisher"] = Citation.Clean(citation.Publisher),
            ["container-title"] = Citation.Clean(citation.Publisher),
            ["URL"] = citation.Url,
            ["language"] = citation.Language,
            ["abstract"] = Citation.Clean(citation.Abstract),
            ["license"] = $"{citation.LicenceName}, {citation.LicenceUrl}",
        };
        if (citation.Translators.Count > 0) item["translator"] = Names(citation.Translators);
        return new JsonArray(item).ToJsonString(Options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static JsonArray Names(IReadOnlyList<PersonName> people) =>
        new(people.Select(p => (JsonNode?)(p.Given.Length == 0
            ? new JsonObject { ["literal"] = p.Family }
            : new JsonObject { ["family"] = p.Family, ["given"] = p.Given })).ToArray());
}
