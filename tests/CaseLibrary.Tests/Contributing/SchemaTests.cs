using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseLibrary.Content;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Schema;
using CaseLibrary.Tests.Support;
using CaseLibrary.Yaml;
using Json.Schema;

namespace CaseLibrary.Tests.Contributing;

/// <summary>
/// The checked-in JSON Schemas are exactly what the generator produces, compile in ajv's strict mode (pinned in
/// tests/schema-lint), and, read by a maintained validator (JsonSchema.Net), accept the real library and the
/// fixtures and reject the mistakes the parser rejects.
/// </summary>
public sealed class SchemaTests
{
    private static string SchemaFolderPath => Path.Combine(RepoPaths.Cases, SchemaFolder.Name);

    private static string LintFolder => Path.Combine(RepoPaths.Root, "tests", "schema-lint");

    private static readonly string[] Names = [SchemaFolder.CaseSchema, SchemaFolder.LibrarySchema, SchemaFolder.CompetencesSchema, SchemaFolder.AuthorsSchema];

    public static TheoryData<string> SchemaNames() => new(Names);

    public static TheoryData<string> Libraries() =>
        new(RepoPaths.Cases, Path.Combine(RepoPaths.Fixture("tiny"), "cases"), Path.Combine(RepoPaths.Fixture("sample"), "cases"));

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
    [MemberData(nameof(SchemaNames))]
    public void Every_reference_resolves_and_every_definition_is_used(string name)
    {
        var text = File.ReadAllText(Path.Combine(SchemaFolderPath, name));
        var schema = JsonNode.Parse(text)!.AsObject();
        var references = Regex.Matches(text, "\"#/\\$defs/([A-Za-z]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(references.Order(StringComparer.Ordinal), schema["$defs"]!.AsObject().Select(d => d.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_schema_compiles_in_ajv_strict_mode()
    {
        var files = Names.Select(n => Path.Combine(SchemaFolderPath, n)).ToArray();

        var (exitCode, output) = Ajv(files);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"ajv: {files.Length} schema(s), 0 problem(s)", output);
    }

    [Theory]
    [InlineData("""{"type": ["string", "number"]}""", "allowUnionTypes")]
    [InlineData("""{"properties": {"a": {"$ref": "#/$defs/t", "minLength": 1}}, "type": "object", "$defs": {"t": {"type": "string"}}}""", "missing type \"string\" for keyword \"minLength\"")]
    [InlineData("""{"type": "string", "format": "date"}""", "unknown format \"date\"")]
    [InlineData("""{"type": "object", "required": ["a"]}""", "required property \"a\" is not defined")]
    [InlineData("""{"type": "string", "minLenght": 1}""", "unknown keyword: \"minLenght\"")]
    public void The_strict_mode_check_reports_what_strict_tools_refuse(string body, string problem)
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.schema.json", body);

        var (exitCode, output) = Ajv([file]);

        Assert.Equal(1, exitCode);
        Assert.Contains(problem, output);
        Assert.Contains("ajv: 1 schema(s), 1 problem(s)", output);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void The_data_files_and_every_case_of_a_library_satisfy_the_schemas(string cases)
    {
        var diagnostics = new DiagnosticBag();
        var library = new ContentLoader(new SourceReader(RepoPaths.Root, diagnostics), diagnostics).Load(cases);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        AssertValid(SchemaFolder.LibrarySchema, library.Library!.Text, library.Library.Path);
        AssertValid(SchemaFolder.CompetencesSchema, library.Competences!.Text, library.Competences.Path);
        AssertValid(SchemaFolder.AuthorsSchema, library.Authors!.Text, library.Authors.Path);
        var versions = library.Cases.SelectMany(c => c.Versions).ToList();
        Assert.NotEmpty(versions);
        foreach (var version in versions)
            AssertValid(SchemaFolder.CaseSchema, FrontMatterSplitter.Split(version.File, diagnostics)!.Yaml, version.File.Path);
    }

    [Theory]
    [InlineData("library.yaml", SchemaFolder.LibrarySchema)]
    [InlineData("competences.yaml", SchemaFolder.CompetencesSchema)]
    [InlineData("authors.yaml", SchemaFolder.AuthorsSchema)]
    public void Each_data_file_of_the_library_names_its_schema_for_editors(string dataFile, string schemaName)
    {
        var firstLine = File.ReadLines(Path.Combine(RepoPaths.Cases, dataFile)).First();

        Assert.Equal($"# yaml-language-server: $schema={SchemaFolder.Name}/{schemaName}", firstLine);
    }

    [Fact]
    public void The_case_the_mistake_tests_start_from_is_valid_for_the_schema_and_for_check()
    {
        Assert.Empty(Validate(SchemaFolder.CaseSchema, FrontMatter(MiniLibrary.Case())));
        using var folder = new TempFolder();
        var outcome = Caselib.Check(MiniLibrary.Write(folder, ("a-case/en.md", MiniLibrary.Case())));
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
    }

    [Theory]
    // Unknown keys.
    [InlineData("titel: x", "/titel")]
    [InlineData("Title: x", "/Title")]
    [InlineData("author: [ann-smith]", "/author")]
    [InlineData("language: en", "/language")]
    // Wrong types.
    [InlineData("draft: maybe", "/draft")]
    [InlineData("draft: [true]", "/draft")]
    [InlineData("title: [A, B]", "/title")]
    [InlineData("title: {en: A}", "/title")]
    [InlineData("title: \"  \"", "/title")]
    [InlineData("summary: \"\"", "/summary")]
    [InlineData("country: [IE]", "/country")]
    [InlineData("competences: {listening: 1}", "/competences")]
    [InlineData("competences: []", "/competences")]
    [InlineData("authors: [[ann-smith]]", "/authors")]
    [InlineData("tags: {a: b}", "/tags")]
    [InlineData("learning_objectives: [{a: b}]", "/learning_objectives")]
    // Bad dates.
    [InlineData("date: 18/03/2024", "/date")]
    [InlineData("date: 2024-13-01", "/date")]
    [InlineData("date: 2024-03-32", "/date")]
    [InlineData("date: 2023-02-29", "/date")]
    [InlineData("date: 2024-04-31", "/date")]
    [InlineData("date: 2024-3-18", "/date")]
    [InlineData("date: 2024", "/date")]
    [InlineData("date: 2024-03-18T10:00:00", "/date")]
    [InlineData("updated: March 2024", "/updated")]
    // Values outside the code lists and id pattern.
    [InlineData("country: UK", "/country")]
    [InlineData("licence: CC-BY-4", "/licence")]
    [InlineData("competences: [Listening]", "/competences")]
    [InlineData("authors: ann smith", "/authors")]
    public void A_front_matter_mistake_is_rejected_by_the_schema_at_its_key_and_by_check(string line, string location)
    {
        var key = line.Split(':')[0];
        var text = MiniLibrary.Case();
        var lines = text.Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)).ToList();
        var lineNumber = lines.IndexOf("---", 1) + 1;
        lines.Insert(lineNumber - 1, line);
        text = string.Join('\n', lines);

        var problems = Validate(SchemaFolder.CaseSchema, FrontMatter(text));

        Assert.Contains(problems, p => p.StartsWith(location + ":", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.StartsWith(location, p));
        using var folder = new TempFolder();
        var outcome = Caselib.Check(MiniLibrary.Write(folder, ("a-case/en.md", text)));
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains(outcome.DiagnosticLines, l => l.Contains($"en.md({lineNumber},", StringComparison.Ordinal) && l.Contains(": error ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SchemaFolder.LibrarySchema, "title: Mini\nlanguages: [en, xx]\n", "/languages")]
    [InlineData(SchemaFolder.LibrarySchema, "title: Mini\nlanguages: [en]\nbase_url: example.org\n", "/base_url")]
    [InlineData(SchemaFolder.LibrarySchema, "title: Mini\nlanguages: [en]\nminimum_words: 0\n", "/minimum_words")]
    [InlineData(SchemaFolder.LibrarySchema, "title: {en: Mini, english: Mini}\nlanguages: [en]\n", "/title")]
    [InlineData(SchemaFolder.LibrarySchema, "title: Mini\nlanguages: [en]\nbaseurl: https://example.org/\n", "/baseurl")]
    [InlineData(SchemaFolder.LibrarySchema, "languages: [en]\n", "")]
    [InlineData(SchemaFolder.CompetencesSchema, "Listening:\n  number: 1\n  name: Listening\n  description: Hearing.\n", "/Listening")]
    [InlineData(SchemaFolder.CompetencesSchema, "listening:\n  number: one\n  name: Listening\n  description: Hearing.\n", "/listening/number")]
    [InlineData(SchemaFolder.AuthorsSchema, "ann-smith:\n  name: Ann Smith\n  country: UK\n", "/ann-smith/country")]
    [InlineData(SchemaFolder.AuthorsSchema, "ann-smith:\n  nmae: Ann Smith\n", "/ann-smith")]
    [InlineData(SchemaFolder.AuthorsSchema, "ann-smith:\n  name: Ann Smith\n  links: [{label: Site, url: www.example.org}]\n", "/ann-smith/links/0/url")]
    public void A_data_file_mistake_is_rejected_by_the_schema_at_its_place_and_by_check(string schemaName, string yaml, string location)
    {
        var problems = Validate(schemaName, yaml);

        Assert.Contains(problems, p => p.StartsWith(location + ":", StringComparison.Ordinal));
        var dataFile = schemaName.Replace(".schema.json", ".yaml", StringComparison.Ordinal);
        using var folder = new TempFolder();
        var outcome = Caselib.Check(MiniLibrary.Write(folder, ("a-case/en.md", MiniLibrary.Case()), (dataFile, yaml)));
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains(outcome.DiagnosticLines, l => l.Contains(dataFile + "(", StringComparison.Ordinal) && l.Contains(": error ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_accepts_exactly_the_dates_the_parser_accepts()
    {
        var pattern = new Regex((string)Load(SchemaFolder.CaseSchema)["$defs"]!["date"]!["pattern"]!);
        var years = new[] { 0, 1, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9996, 9999 };
        var checkedDates = 0;
        foreach (var year in years)
            for (var month = 0; month <= 13; month++)
                for (var day = 0; day <= 32; day++)
                {
                    var text = $"{year:0000}-{month:00}-{day:00}";
                    var parses = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
                    Assert.True(parses == pattern.IsMatch(text), $"{text}: the parser says {parses}, the schema's pattern {!parses}");
                    checkedDates++;
                }
        Assert.Equal(years.Length * 14 * 33, checkedDates);
        foreach (var text in new[] { "2024-2-01", "2024-02-1", "24-02-01", "2024-02-01 ", "2024/02/01", "+2024-02-01", "١٢٣٤-02-01" })
            Assert.False(pattern.IsMatch(text), text);
    }

    [Fact]
    public void A_scaffolded_case_satisfies_the_schema()
    {
        var examples = new CaseLibrary.Scaffolding.ScaffoldExamples(["listening"], "ann-smith", "IE", "CC-BY-4.0");
        var text = CaseLibrary.Scaffolding.CaseScaffold.Original(examples, new DateOnly(2025, 1, 2));
        Assert.Empty(Validate(SchemaFolder.CaseSchema, FrontMatter(text)));
    }

    private static JsonObject Load(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolderPath, name)))!.AsObject();

    private static string FrontMatter(string markdown) => FrontMatterSplitter.Split(new SourceFile("x.md", markdown), new DiagnosticBag())!.Yaml;

    private static void AssertValid(string schemaName, string yaml, string path)
    {
        var problems = Validate(schemaName, yaml);
        Assert.True(problems.Count == 0, $"{path} does not satisfy {schemaName}:\n{string.Join("\n", problems)}");
    }

    /// <summary>Every problem JsonSchema.Net finds, as "instance location: message"; empty when the YAML satisfies the schema.</summary>
    private static List<string> Validate(string schemaName, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlDocumentReader.Read(yaml, "x.yaml", 0, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        // A registry of its own per build: the schemas have no $id, and the global registry would keep each one.
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(SchemaFolderPath, schemaName)),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("https://caselibrary.invalid/" + schemaName));
        var results = schema.Evaluate(JsonSerializer.SerializeToElement(ToJson(root)), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var problems = (results.Details ?? []).Prepend(results).Distinct()
            .Where(d => d.Errors is { Count: > 0 } && Failed(d))
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({e.Key})"))
            .ToList();
        Assert.Equal(results.IsValid, problems.Count == 0);
        return problems;
    }

    // A branch of an anyOf that holds fails on its own, yet the value is valid: only failures all the way up count.
    private static bool Failed(EvaluationResults? result) => result is null || (!result.IsValid && Failed(result.Parent));

    /// <summary>The JSON a YAML editor sees (YAML 1.2 core schema): plain true/false, numbers and null are typed.</summary>
    private static JsonNode? ToJson(YamlNode? node) => node switch
    {
        YamlMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlSequence sequence => new JsonArray(sequence.Items.Select(ToJson).ToArray()),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true, Value: "true" or "True" or "TRUE" } => JsonValue.Create(true),
        YamlScalar { IsPlain: true, Value: "false" or "False" or "FALSE" } => JsonValue.Create(false),
        YamlScalar { IsPlain: true } s when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        YamlScalar { IsPlain: true } s when Regex.IsMatch(s.Value, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$") =>
            JsonValue.Create(double.Parse(s.Value, CultureInfo.InvariantCulture)),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => null,
    };

    private static (int ExitCode, string Output) Ajv(IEnumerable<string> files)
    {
        if (!Directory.Exists(Path.Combine(LintFolder, "node_modules", "ajv")))
            Assert.Equal(0, Run("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"]).ExitCode);
        return Run("node", ["compile.cjs", .. files]);
    }

    private static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = LintFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
