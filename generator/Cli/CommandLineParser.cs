using CaseLibrary.Build;
using CaseLibrary.Configuration;
using CaseLibrary.Loading;
using CaseLibrary.Scaffolding;

namespace CaseLibrary.Cli;

/// <summary>
/// Parses <c>caselib &lt;command&gt; [options]</c>; every mistake is a usage error with a hint. Reads nothing: the
/// environment (for defaults such as <c>--format</c>) is passed in, and the output folder is judged later, on disk,
/// by <see cref="Writing.OutputFolderGuard"/>.
/// </summary>
public static class CommandLineParser
{
    public static readonly string[] Commands = ["build", "check", "explain", "new", "schema", "serve"];
    private static readonly string[] BuildValueOptions = ["--source", "--theme", "--out", "--base-url", "--format"];
    private static readonly string[] BuildFlagOptions = ["--drafts", "--pdf", "--lunr-index", "--verbose", "--help", "-h"];

    private static readonly Dictionary<string, (string[] Values, string[] Flags, int Positional)> OptionsOf = new(StringComparer.Ordinal)
    {
        ["build"] = (BuildValueOptions, BuildFlagOptions, 0),
        ["check"] = (BuildValueOptions, BuildFlagOptions, 0),
        ["explain"] = ([], ["--markdown", "--help", "-h"], 1),
        ["new"] = (["--source", "--theme", "--lang", "--translation-of"], ["--help", "-h"], 1),
        ["schema"] = (["--source", "--out"], ["--help", "-h"], 0),
        ["serve"] = (["--source", "--theme", "--port"], ["--drafts", "--verbose", "--help", "-h"], 0),
    };

    public static ParsedCommand Parse(string[] args, CommandEnvironment environment)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            return new ParsedCommand(args.Length > 1 ? args[1] : "", null, true, false, false, null);
        var command = args[0];
        if (!OptionsOf.TryGetValue(command, out var allowed))
            return Fail(command, $"unknown command '{command}'{Diagnostics.Suggestions.Hint(command, Commands)}");

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            var equals = arg.IndexOf('=');
            var name = arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? arg[..equals] : arg;
            if (allowed.Values.Contains(name))
            {
                string? value = equals > 0 && name != arg ? arg[(equals + 1)..] : i + 1 < args.Length ? args[++i] : null;
                if (string.IsNullOrWhiteSpace(value)) return Fail(command, $"{name} needs a value");
                values[name] = value;
            }
            else if (allowed.Flags.Contains(arg)) flags.Add(arg);
            else if (!arg.StartsWith('-') && positional.Count < allowed.Positional) positional.Add(arg);
            else return Fail(command, arg.StartsWith('-')
                ? $"unknown option '{arg}'{Diagnostics.Suggestions.Hint(arg, allowed.Values.Concat(allowed.Flags))}"
                : $"unexpected argument '{arg}'");
        }
        if (flags.Contains("--help") || flags.Contains("-h")) return new ParsedCommand(command, null, true, false, false, null);
        var source = values.GetValueOrDefault("--source") ?? "cases";
        var parsed = command switch
        {
            "explain" => new ParsedCommand(command, null, false, false, false, null)
            {
                Explain = new ExplainRequest(positional.Count > 0 ? positional[0] : null, flags.Contains("--markdown")),
            },
            "new" => ParseNew(positional, values, source),
            "schema" => new ParsedCommand(command, null, false, false, false, null)
            {
                SchemaOutput = values.GetValueOrDefault("--out") ?? Path.Combine(source, Schema.SchemaFolder.Name),
            },
            "serve" => ParseServe(values, flags),
            _ => ParseBuild(command, values, flags, environment),
        };
        return parsed.Error is null && command != "explain"
            ? parsed with { UsesDefaultFolders = !values.ContainsKey("--source") && !values.ContainsKey("--theme") && !(command == "schema" && values.ContainsKey("--out")) }
            : parsed;
    }

    private static ParsedCommand ParseNew(List<string> positional, Dictionary<string, string> values, string source)
    {
        if (positional.Count == 0) return Fail("new", "which case? usage: caselib new <case-id> --lang <lang> [--translation-of <lang>]");
        var id = positional[0];
        // Not even a folder name ('../escape', 'Mentoring Lyon'): a mistake in the command. The rest of the rule
        // (reserved names, addresses, length) is checked by NewCommand, at the folder it would make.
        if (!ContentLoader.CaseIdPattern().IsMatch(id) && CaseIdRule.Problem(id, Diagnostics.SourceLocation.StartOf(id)) is { } problem)
            return Fail("new", problem.Message);
        if (!values.TryGetValue("--lang", out var language)) return Fail("new", "--lang <lang> is required: the language of the new file, e.g. --lang en");
        foreach (var (option, code) in new[] { ("--lang", language), ("--translation-of", values.GetValueOrDefault("--translation-of")) })
            if (code is not null && LanguageInfo.Find(code) is null)
                return Fail("new", LanguageInfo.IsUnsupportedLanguage(code)
                    ? $"{option} '{code}' is a language the site cannot be published in yet: the supported languages are {LanguageInfo.CodesInWords("and")}"
                    : $"{option} '{code}' is not a supported language code{LanguageInfo.Hint(code)}");
        return new ParsedCommand("new", null, false, false, false, null)
        {
            NewCase = new NewCaseRequest(id, language, values.GetValueOrDefault("--translation-of"), source, Folders: FolderOptions(values)),
        };
    }

    /// <summary>
    /// The --source and --theme options as given (" --source my-cases --theme my-theme"; a value with a space or a quote
    /// in double quotes), for the commands a message suggests. <c>new</c> takes --theme only to say it again there.
    /// </summary>
    private static string FolderOptions(Dictionary<string, string> values) =>
        string.Concat(new[] { "--source", "--theme" }.Where(values.ContainsKey).Select(name => $" {name} {ShellWord(values[name])}"));

    private static string ShellWord(string value) =>
        value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || c is '/' or '\\' or '.' or '-' or '_' or ':' or '~' or '+' or ',' or '@')
            ? value
            : "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static ParsedCommand ParseBuild(string command, Dictionary<string, string> values, HashSet<string> flags, CommandEnvironment environment)
    {
        var baseUrl = values.GetValueOrDefault("--base-url");
        if (baseUrl is not null && BaseUrl.Problem(baseUrl) is { } problem)
            return Fail(command, $"--base-url {problem}");
        var format = values.GetValueOrDefault("--format") ?? (environment.GitHubActions ? "github" : "text");
        if (format is not ("text" or "github")) return Fail(command, $"--format must be 'text' or 'github', not '{format}'");

        var options = new BuildOptions(
            values.GetValueOrDefault("--source") ?? "cases",
            values.GetValueOrDefault("--theme") ?? "theme",
            values.GetValueOrDefault("--out") ?? "public",
            baseUrl,
            flags.Contains("--drafts"),
            Pdf: flags.Contains("--pdf")) { LunrIndex = flags.Contains("--lunr-index") };
        return new ParsedCommand(command, options, false, flags.Contains("--verbose"), format == "github", null);
    }

    private static ParsedCommand ParseServe(Dictionary<string, string> values, HashSet<string> flags)
    {
        var portText = values.GetValueOrDefault("--port") ?? "8008";
        if (!int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port > 65535)
            return Fail("serve", $"--port must be a number from 0 (any free port) to 65535, not '{portText}'");
        // serve is for previewing: drafts are always shown (marked as drafts on their pages); --drafts is still accepted.
        var options = new BuildOptions(values.GetValueOrDefault("--source") ?? "cases", values.GetValueOrDefault("--theme") ?? "theme", "", null, Drafts: true);
        return new ParsedCommand("serve", options, false, flags.Contains("--verbose"), false, null) { Port = port };
    }

    private static ParsedCommand Fail(string command, string error) => new(command, null, false, false, false, error);
}
