using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CaseLibrary.Tests.Support;

/// <summary>
/// Validates JSON against the JSON Schema keywords our generated schemas use (no validator package is on this
/// machine's NuGet source): type, enum, pattern, minLength, minimum, minItems, properties, required,
/// additionalProperties, propertyNames, items, anyOf and local $ref. Any other keyword fails the test, so the
/// schemas cannot quietly grow a keyword this validator ignores.
/// </summary>
public static class SchemaValidator
{
    public static readonly string[] Keywords =
    [
        "$schema", "title", "description", "format", "$defs", "type", "enum", "pattern", "minLength", "minimum", "minItems",
        "properties", "required", "additionalProperties", "propertyNames", "items", "anyOf", "$ref",
    ];

    /// <summary>Every problem found, as "path: message"; empty when the instance is valid.</summary>
    public static List<string> Validate(JsonObject root, JsonNode? instance)
    {
        var problems = new List<string>();
        Check(root, root, instance, "$", problems);
        return problems;
    }

    private static void Check(JsonObject root, JsonObject schema, JsonNode? value, string path, List<string> problems)
    {
        foreach (var (keyword, _) in schema)
            if (!Keywords.Contains(keyword)) throw new InvalidOperationException($"schema keyword '{keyword}' is not supported by this validator");
        if (schema["$ref"] is { } reference)
        {
            var name = ((string)reference!).Replace("#/$defs/", "");
            Check(root, root["$defs"]![name]!.AsObject(), value, path, problems);
        }
        if (schema["anyOf"] is JsonArray options && !options.Any(o => Validate(root, o!.AsObject(), value).Count == 0))
            problems.Add($"{path}: matches none of anyOf");
        if (schema["type"] is { } type)
        {
            var allowed = type is JsonArray list ? list.Select(t => (string)t!).ToList() : [(string)type!];
            var actual = TypeOf(value);
            if (!allowed.Contains(actual) && !(actual == "integer" && allowed.Contains("number"))) { problems.Add($"{path}: is {actual}, expected {string.Join("|", allowed)}"); return; }
        }
        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
            problems.Add($"{path}: '{value}' is not one of the allowed values");
        if (value is JsonValue scalar && scalar.TryGetValue<string>(out var text))
        {
            if (schema["pattern"] is { } pattern && !Regex.IsMatch(text, (string)pattern!)) problems.Add($"{path}: '{text}' does not match {pattern}");
            if (schema["minLength"] is { } minLength && text.Length < (int)minLength!) problems.Add($"{path}: shorter than {minLength}");
        }
        if (value is JsonValue number && schema["minimum"] is { } minimum && number.TryGetValue<double>(out var n) && n < (double)minimum!)
            problems.Add($"{path}: below {minimum}");
        if (value is JsonArray array)
        {
            if (schema["minItems"] is { } minItems && array.Count < (int)minItems!) problems.Add($"{path}: fewer than {minItems} items");
            if (schema["items"] is JsonObject items)
                for (var i = 0; i < array.Count; i++) Check(root, items, array[i], $"{path}[{i}]", problems);
        }
        if (value is JsonObject obj)
        {
            var properties = schema["properties"] as JsonObject;
            foreach (var required in schema["required"] as JsonArray ?? [])
                if (!obj.ContainsKey((string)required!)) problems.Add($"{path}: missing '{required}'");
            foreach (var (key, child) in obj)
            {
                if (schema["propertyNames"] is JsonObject names) Check(root, names, JsonValue.Create(key), $"{path}.{key} (name)", problems);
                if (properties?[key] is JsonObject property) Check(root, property, child, $"{path}.{key}", problems);
                else if (schema["additionalProperties"] is JsonObject additional) Check(root, additional, child, $"{path}.{key}", problems);
                else if (schema["additionalProperties"] is JsonValue allowedExtra && !(bool)allowedExtra) problems.Add($"{path}: unknown key '{key}'");
            }
        }
    }

    private static List<string> Validate(JsonObject root, JsonObject schema, JsonNode? value)
    {
        var problems = new List<string>();
        Check(root, schema, value, "$", problems);
        return problems;
    }

    private static string TypeOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        JsonValue v when v.TryGetValue<long>(out _) => "integer",
        JsonValue v when v.TryGetValue<double>(out _) => "number",
        _ => "string",
    };
}
