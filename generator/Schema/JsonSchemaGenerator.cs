using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseLibrary.Configuration;
using CaseLibrary.Contract;
using CaseLibrary.Model;

namespace CaseLibrary.Schema;

/// <summary>
/// JSON Schemas (draft 2020-12) for case front matter and the three data files, generated from
/// <see cref="ContentContract"/> and the code lists the model checks against (countries, licences, languages),
/// so editors validate as you type with the same rules <c>caselib check</c> applies. Pure and deterministic.
/// </summary>
public sealed class JsonSchemaGenerator
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Exactly the dates the parser's yyyy-MM-dd accepts: years 0001-9999, the days of each month, 29 February in
    // leap years only. No "format": strict tools without a format plugin refuse to compile a schema with one.
    private const string DatePattern =
        "^(?!0000)(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
        + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$";

    private readonly SortedSet<string> _usedDefinitions = new(StringComparer.Ordinal);

    /// <summary>Every schema file: name and text.</summary>
    public static IReadOnlyList<(string Name, string Text)> All() =>
    [
        (SchemaFolder.CaseSchema, new JsonSchemaGenerator().Mapping("CaseLibrary case front matter",
            "The YAML between the '---' lines at the top of cases/<case-id>/<lang>.md.", ContentContract.CaseFrontMatter)),
        (SchemaFolder.LibrarySchema, new JsonSchemaGenerator().Mapping("CaseLibrary library.yaml",
            "Site settings of the library.", ContentContract.Library)),
        (SchemaFolder.CompetencesSchema, new JsonSchemaGenerator().Keyed("CaseLibrary competences.yaml",
            "The competence framework: competence id → its number, name and description.", ContentContract.Competence)),
        (SchemaFolder.AuthorsSchema, new JsonSchemaGenerator().Keyed("CaseLibrary authors.yaml",
            "Authors and translators: person id → name, organisation, country, bio and links.", ContentContract.Author)),
    ];

    private string Mapping(string title, string description, IReadOnlyList<Field> fields) =>
        Serialise(title, description, ObjectOf(fields));

    private string Keyed(string title, string description, IReadOnlyList<Field> fields) =>
        Serialise(title, description, new JsonObject
        {
            ["type"] = "object",
            ["propertyNames"] = Ref("id"),
            ["additionalProperties"] = ObjectOf(fields),
        });

    private string Serialise(string title, string description, JsonObject body)
    {
        var schema = new JsonObject { ["$schema"] = Draft, ["title"] = title, ["description"] = description };
        MoveInto(schema, body);
        schema["$defs"] = new JsonObject(_usedDefinitions.Select(n => KeyValuePair.Create(n, (JsonNode?)Definition(n))));
        return schema.ToJsonString(Json) + "\n";
    }

    private JsonObject ObjectOf(IReadOnlyList<Field> fields)
    {
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            var property = new JsonObject { ["description"] = field.Description };
            MoveInto(property, TypeOf(field));
            properties[field.Name] = property;
        }
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray(fields.Where(f => f.Required).Select(f => (JsonNode)f.Name).ToArray()),
            ["additionalProperties"] = false,
        };
    }

    private static void MoveInto(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source.ToList())
        {
            source.Remove(key);
            target[key] = value;
        }
    }

    private JsonObject TypeOf(Field field) => field.Type switch
    {
        FieldType.Text => Ref(field.Required ? "filledText" : "text"),
        FieldType.TextList => OneOrMany("text", field.Required),
        FieldType.IdList => OneOrMany("id", field.Required),
        FieldType.LanguageList => OneOrMany("language", field.Required),
        FieldType.Date => Ref("date"),
        FieldType.Boolean => new JsonObject { ["type"] = "boolean" },
        FieldType.Country => Ref("country"),
        FieldType.Licence => Ref("licence"),
        FieldType.LocalizedText => Ref("localizedText"),
        FieldType.Number => new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
        FieldType.Url => Ref("url"),
        FieldType.Links => new JsonObject { ["type"] = "array", ["items"] = ObjectOf(ContentContract.AuthorLink) },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "no schema for this field type"),
    };

    private JsonObject OneOrMany(string item, bool required)
    {
        var list = new JsonObject { ["type"] = "array", ["items"] = Ref(item) };
        if (required) list["minItems"] = 1;
        return new JsonObject { ["anyOf"] = new JsonArray(Ref(item), list) };
    }

    private JsonObject Ref(string name) => new() { ["$ref"] = RefText(name) };

    private string RefText(string name)
    {
        _usedDefinitions.Add(name);
        if (name == "localizedText") { _usedDefinitions.Add("text"); _usedDefinitions.Add("language"); }
        return "#/$defs/" + name;
    }

    private static JsonObject Definition(string name) => name switch
    {
        "text" => Scalars("A text value. Quote it (\"…\") when it contains ': ' or starts with a special character.",
            new JsonObject { ["type"] = "string" }),
        "filledText" => Scalars("A text value that is not empty. Quote it (\"…\") when it contains ': ' or starts with a special character.",
            new JsonObject { ["type"] = "string", ["pattern"] = "\\S" }),
        "id" => new JsonObject { ["description"] = "An id: lowercase a-z, 0-9 and '-'.", ["type"] = "string", ["pattern"] = ContentContract.IdPattern },
        "date" => new JsonObject { ["description"] = "A date written YYYY-MM-DD.", ["type"] = "string", ["pattern"] = DatePattern },
        "url" => new JsonObject { ["description"] = "An absolute http(s) address.", ["type"] = "string", ["pattern"] = "^[hH][tT][tT][pP][sS]?://" },
        "country" => Enum("An ISO 3166-1 alpha-2 country code (GB for the United Kingdom, GR for Greece).", CountryCodes.All),
        "licence" => Enum("An SPDX licence id.", Licences.Ids),
        "language" => Enum("A supported language code.", LanguageInfo.Codes),
        "localizedText" => new JsonObject
        {
            ["description"] = "Text per language, e.g. {en: Listening, it: Ascolto}; or one text for every language.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["$ref"] = "#/$defs/text" },
                new JsonObject { ["type"] = "object", ["propertyNames"] = new JsonObject { ["$ref"] = "#/$defs/language" }, ["additionalProperties"] = new JsonObject { ["$ref"] = "#/$defs/text" } }),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown schema definition"),
    };

    // A YAML editor reads an unquoted 2024 or true as a number or a boolean, which the parser takes as text. Strict
    // JSON Schema tools (ajv's default) reject a union "type" array, so each kind is its own branch.
    private static JsonObject Scalars(string description, JsonObject text) => new()
    {
        ["description"] = description,
        ["anyOf"] = new JsonArray(text, new JsonObject { ["type"] = "number" }, new JsonObject { ["type"] = "boolean" }),
    };

    private static JsonObject Enum(string description, IEnumerable<string> values) => new()
    {
        ["description"] = description,
        ["type"] = "string",
        ["enum"] = new JsonArray(values.Order(StringComparer.Ordinal).Select(v => (JsonNode)v).ToArray()),
    };
}
