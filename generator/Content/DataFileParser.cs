using CaseLibrary.Configuration;
using CaseLibrary.Contract;
using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Markdown;
using CaseLibrary.Yaml;

namespace CaseLibrary.Content;

/// <summary>Parses competences.yaml and authors.yaml: mappings keyed by stable ids.</summary>
public static class DataFileParser
{
    private static readonly string[] CompetenceKeys = ContentContract.Keys(ContentContract.Competence);
    private static readonly string[] AuthorKeys = ContentContract.Keys(ContentContract.Author);
    private static readonly string[] LinkKeys = ContentContract.Keys(ContentContract.AuthorLink);

    public static IReadOnlyList<Competence> ParseCompetences(SourceFile? file, IReadOnlyCollection<string>? languages, DiagnosticBag diagnostics) =>
        ParseCompetences(file, languages, diagnostics, out _);

    public static IReadOnlyList<Competence> ParseCompetences(SourceFile? file, IReadOnlyCollection<string>? languages, DiagnosticBag diagnostics, out DeclaredIds declared)
    {
        var result = new List<Competence>();
        var numbers = new Dictionary<int, string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, mapping) in Entries(file, "competence", diagnostics, out declared))
        {
            var reader = new YamlMappingReader(mapping, CompetenceKeys, $"competence '{id.Value}'", diagnostics);
            var numberNode = reader.Scalar("number", required: true);
            var name = reader.Localized("name", required: true, languages, reported);
            var description = reader.Localized("description", required: false, languages, reported) ?? LocalizedText.Empty;
            if (numberNode is null || name is null) continue;
            if (!int.TryParse(numberNode.Value, out var number) || number < 1)
            {
                diagnostics.Error("CL0104", $"'number' must be a whole number from 1, not '{numberNode.Value}'", numberNode.Location);
                continue;
            }
            if (numbers.TryGetValue(number, out var other))
                diagnostics.Error("CL0121", $"number {number} is already used by competence '{other}'", numberNode.Location);
            numbers.TryAdd(number, id.Value);
            result.Add(new Competence(id.Value, number, name, description, id.Location));
        }
        return result.OrderBy(c => c.Number).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<Author> ParseAuthors(SourceFile? file, IReadOnlyCollection<string>? languages, DiagnosticBag diagnostics) =>
        ParseAuthors(file, languages, diagnostics, out _);

    public static IReadOnlyList<Author> ParseAuthors(SourceFile? file, IReadOnlyCollection<string>? languages, DiagnosticBag diagnostics, out DeclaredIds declared)
    {
        var result = new List<Author>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, mapping) in Entries(file, "author", diagnostics, out declared))
        {
            var reader = new YamlMappingReader(mapping, AuthorKeys, $"author '{id.Value}'", diagnostics);
            var name = reader.String("name", required: true);
            var organisation = reader.String("organisation", required: false);
            var country = reader.Scalar("country", required: false);
            var bio = reader.Localized("bio", required: false, languages, reported) ?? LocalizedText.Empty;
            var links = Links(reader.Node("links"), diagnostics);
            if (name is null) continue;
            result.Add(new Author(id.Value, name.Trim(), organisation?.Trim(),
                country is null ? null : new Reference(country.Value, country.Location), bio, links, id.Location));
        }
        return result.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
    }

    private static List<AuthorLink> Links(YamlNode? node, DiagnosticBag diagnostics)
    {
        var links = new List<AuthorLink>();
        if (node is null) return links;
        if (node is not YamlSequence sequence)
        {
            diagnostics.Error("CL0104", $"'links' must be a list of {{label, url}}, not {node.KindName}", node.Location);
            return links;
        }
        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping mapping)
            {
                diagnostics.Error("CL0104", $"each link must be a mapping with 'label' and 'url', not {item.KindName}", item.Location);
                continue;
            }
            var reader = new YamlMappingReader(mapping, LinkKeys, "a link", diagnostics);
            var label = reader.String("label", required: true);
            var url = reader.Scalar("url", required: true);
            if (url is not null && (LinkPolicy.Problem(url.Value, false) is not null || !url.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Error("CL0402", $"an author link must be an http(s) address, not '{url.Value}'", url.Location);
                continue;
            }
            if (label is not null && url is not null) links.Add(new AuthorLink(label.Trim(), url.Value.Trim()));
        }
        return links;
    }

    private static List<(YamlScalar Id, YamlMapping Mapping)> Entries(SourceFile? file, string what, DiagnosticBag diagnostics, out DeclaredIds declared)
    {
        var entries = new List<(YamlScalar, YamlMapping)>();
        declared = DeclaredIds.Unreadable;
        if (file is null) return entries;
        var mapping = YamlDocumentReader.ReadMapping(file.Text, file.Path, 0, $"the file must be a mapping keyed by {what} id", diagnostics);
        if (mapping is null) return entries;
        if (mapping.Entries.Count == 0)
        {
            // Reported once here, not as an unknown id at every case that names one (declared stays unreadable).
            diagnostics.Error("CL0110", $"the file {Emptiness(file.Text, what)}, so no case can name {Article(what)} {what}: add each {what} as its id and ':' on a line of its own, with its fields under it indented by two spaces ({Example(what)})", SourceLocation.StartOf(file.Path));
            return entries;
        }
        // An invalid id (CL0120) is declared as written and as the valid id it suggests: a case that already names
        // 'sinead-kelly' for the entry 'Sinead Kelly' is not an error of its own (nor told to write 'Sinead Kelly').
        declared = new DeclaredIds(mapping.Entries.Select(e => e.Key.Value)
            .Concat(mapping.Entries.Where(e => !Contract.Names.Id().IsMatch(e.Key.Value)).Select(e => Contract.Names.SuggestId(e.Key.Value)).Where(s => s.Length > 0))
            .ToHashSet(StringComparer.Ordinal));
        YamlScalar? unindented = null;
        foreach (var (entry, index) in mapping.Entries.Select((e, i) => (e, i)))
        {
            // "ann-smith:" followed by "name: Ann" at the start of the line: the fields became entries of their own.
            // One message names the slip; the empty entry and the other stray fields are the same mistake.
            var next = index + 1 < mapping.Entries.Count ? mapping.Entries[index + 1] : null;
            if (entry.Value is YamlScalar { IsNull: true } && next?.Value is YamlScalar { IsNull: false })
            {
                unindented = entry.Key;
                continue;
            }
            if (unindented is not null && entry.Value is YamlScalar { IsNull: false })
            {
                if (ReferenceEquals(mapping.Entries[index - 1].Key, unindented))
                    diagnostics.Error("CL0181", $"'{entry.Key.Value}' starts at the beginning of the line, so it is read as a new {what} instead of a field of '{unindented.Value}': indent the lines under '{unindented.Value}:' by two spaces", entry.Key.Location);
                continue;
            }
            unindented = null;
            if (!Contract.Names.Id().IsMatch(entry.Key.Value))
            {
                var suggestion = Contract.Names.SuggestId(entry.Key.Value);
                diagnostics.Error("CL0120", $"'{entry.Key.Value}' is not a valid {what} id: use lowercase a-z, 0-9 and '-'" + (suggestion.Length > 0 ? $" (did you mean '{suggestion}'?)" : ""), entry.Key.Location);
                continue;
            }
            if (entry.Key.Value.Length > Contract.Names.MaxIdLength)
            {
                diagnostics.Error("CL0224", $"the {what} id is {entry.Key.Value.Length} characters long; the limit is {Contract.Names.MaxIdLength}, because the id names a folder of the site: choose a shorter id", entry.Key.Location);
                continue;
            }
            if (Contract.Names.SiteUse(what, entry.Key.Value) is { } use)
            {
                diagnostics.Error("CL0227", $"'{entry.Key.Value}' cannot be {Article(what)} {what} id: {use}; choose another id (and use it in the cases that name it)", entry.Key.Location);
                continue;
            }
            if (entry.Value is YamlMapping value) entries.Add((entry.Key, value));
            else diagnostics.Error("CL0104", $"{what} '{entry.Key.Value}' must be a mapping of fields, not {entry.Value.KindName}", entry.Value.Location);
        }
        return entries;
    }

    private static string Article(string what) => what[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";

    private static string Emptiness(string text, string what) =>
        text.Trim().Length == 0 ? "is empty"
        : text.Split('\n').All(l => l.Trim().Length == 0 || l.TrimStart().StartsWith('#')) ? "has only comments"
        : $"lists no {what}s";

    private static string Example(string what) => what == "author"
        ? "for example ann-smith: and under it name: Ann Smith"
        : "for example listening: and under it number: 1 and name: {en: Listening}";
}
