using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseLibrary.Content;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Schema;
using CaseLibrary.Tests.Support;
using CaseLibrary.Yaml;

namespace CaseLibrary.Tests.Contributing;

/// <summary>The checked-in JSON Schemas are exactly what the generator produces, and the real library satisfies them.</summary>
public sealed class SchemaTests
{
    private static string SchemaFolderPath => Path.Combine(RepoPaths.Cases, SchemaFolder.Name);

    [Fact]
    public void Checked_in_schemas_are_exactly_what_the_generator_writes()
    {
        var generated = JsonSchemaGenerator.All();
        if (Golden.Updating)
        {
            new CaseLibrary.Writing.SourceFileWriter().Replace(SchemaFolderPath, generated);
            return;
        }
        Assert.Equal(generated.Select(g => g.Name).Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(SchemaFolderPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (name, text) in generated)
            Assert.True(File.ReadAllText(Path.Combine(SchemaFolderPath, name)) == text,
                $"cases/.schema/{name} is out of date: run 'dotnet run --project generator -- schema' and commit the result");
    }

    [Fact]
    public void The_case_schema_names_exactly_the_keys_the_parser_accepts()
    {
        var schema = Load(SchemaFolder.CaseSchema);
        Assert.Equal(CaseDocumentParser.Keys.Order(StringComparer.Ordinal), schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string)schema["$schema"]!);
        Assert.False((bool)schema["additionalProperties"]!);
    }

    [Theory]
    [InlineData(SchemaFolder.CaseSchema)]
    [InlineData(SchemaFolder.LibrarySchema)]
    [InlineData(SchemaFolder.CompetencesSchema)]
    [InlineData(SchemaFolder.AuthorsSchema)]
    public void Every_reference_resolves_and_every_definition_is_used(string name)
    {
        var text = File.ReadAllText(Path.Combine(SchemaFolderPath, name));
        var schema = JsonNode.Parse(text)!.AsObject();
        var references = Regex.Matches(text, "\"#/\\$defs/([A-Za-z]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(references.Order(StringComparer.Ordinal), schema["$defs"]!.AsObject().Select(d => d.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_real_library_satisfies_the_schemas()
    {
        var diagnostics = new DiagnosticBag();
        var library = new ContentLoader(new SourceReader(RepoPaths.Root, diagnostics), diagnostics).Load(RepoPaths.Cases);
        Assert.Empty(Validate(SchemaFolder.LibrarySchema, library.Library!.Text));
        Assert.Empty(Validate(SchemaFolder.CompetencesSchema, library.Competences!.Text));
        Assert.Empty(Validate(SchemaFolder.AuthorsSchema, library.Authors!.Text));
        var versions = library.Cases.SelectMany(c => c.Versions).ToList();
        Assert.True(versions.Count >= 20);
        foreach (var version in versions)
        {
            var split = FrontMatterSplitter.Split(version.File, diagnostics)!;
            Assert.True(Validate(SchemaFolder.CaseSchema, split.Yaml) is var problems && problems.Count == 0, $"{version.File.Path}: {string.Join("; ", problems)}");
        }
        Assert.False(diagnostics.HasErrors);
    }

    [Theory]
    [InlineData("titel: x", "unknown key 'titel'")]
    [InlineData("country: UK", "'UK' is not one of the allowed values")]
    [InlineData("competences: [Listening]", "matches none of anyOf")]
    [InlineData("date: 18/03/2024", "does not match")]
    [InlineData("licence: CC-BY-4", "'CC-BY-4' is not one of the allowed values")]
    [InlineData("draft: maybe", "is string, expected boolean")]
    [InlineData("tags: {a: b}", "matches none of anyOf")]
    public void Mistakes_the_parser_rejects_are_rejected_by_the_schema_too(string line, string problem)
    {
        var yaml = MiniLibrary.Case().Split("---\n")[1];
        var key = line.Split(':')[0];
        yaml = string.Join('\n', yaml.Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal))) + "\n" + line + "\n";
        Assert.Contains(Validate(SchemaFolder.CaseSchema, yaml), p => p.Contains(problem));
    }

    [Fact]
    public void A_scaffolded_case_satisfies_the_schema()
    {
        var examples = new CaseLibrary.Scaffolding.ScaffoldExamples(["listening"], "ann-smith", "IE", "CC-BY-4.0");
        var text = CaseLibrary.Scaffolding.CaseScaffold.Original(examples, new DateOnly(2025, 1, 2));
        var split = FrontMatterSplitter.Split(new SourceFile("x.md", text), new DiagnosticBag())!;
        Assert.Empty(Validate(SchemaFolder.CaseSchema, split.Yaml));
    }

    private static JsonObject Load(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolderPath, name)))!.AsObject();

    private static List<string> Validate(string schemaName, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlDocumentReader.Read(yaml, "x.yaml", 0, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return SchemaValidator.Validate(Load(schemaName), ToJson(root));
    }

    private static JsonNode? ToJson(YamlNode? node) => node switch
    {
        YamlMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlSequence sequence => new JsonArray(sequence.Items.Select(ToJson).ToArray()),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true, Value: "true" or "True" or "TRUE" } => JsonValue.Create(true),
        YamlScalar { IsPlain: true, Value: "false" or "False" or "FALSE" } => JsonValue.Create(false),
        YamlScalar { IsPlain: true } s when long.TryParse(s.Value, out var n) => JsonValue.Create(n),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => null,
    };
}
