using CaseLibrary.Build;
using CaseLibrary.Configuration;

namespace CaseLibrary.Cli;

/// <summary>Parses <c>caselib &lt;command&gt; [options]</c>; every mistake is a usage error with a hint.</summary>
public static class CommandLineParser
{
    public static readonly string[] Commands = ["build", "check"];
    private static readonly string[] ValueOptions = ["--source", "--theme", "--out", "--base-url", "--format"];
    private static readonly string[] FlagOptions = ["--drafts", "--pdf", "--verbose", "--help", "-h"];

    public static ParsedCommand Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            return new ParsedCommand(args.Length > 1 ? args[1] : "", null, true, false, false, null);
        var command = args[0];
        if (!Commands.Contains(command))
            return Fail(command, $"unknown command '{command}'{Diagnostics.Suggestions.Hint(command, Commands)}");

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            var equals = arg.IndexOf('=');
            var name = arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? arg[..equals] : arg;
            if (ValueOptions.Contains(name))
            {
                string? value = equals > 0 && name != arg ? arg[(equals + 1)..] : i + 1 < args.Length ? args[++i] : null;
                if (string.IsNullOrWhiteSpace(value)) return Fail(command, $"{name} needs a value");
                values[name] = value;
            }
            else if (FlagOptions.Contains(arg)) flags.Add(arg);
            else return Fail(command, $"unknown option '{arg}'{Diagnostics.Suggestions.Hint(arg, ValueOptions.Concat(FlagOptions))}");
        }
        if (flags.Contains("--help") || flags.Contains("-h")) return new ParsedCommand(command, null, true, false, false, null);

        var baseUrl = values.GetValueOrDefault("--base-url");
        if (baseUrl is not null && SiteConfigParser.NormaliseBaseUrl(baseUrl) is null)
            return Fail(command, $"--base-url must be an absolute http(s) URL such as https://example.org/library/, not '{baseUrl}'");
        var format = values.GetValueOrDefault("--format") ?? (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true" ? "github" : "text");
        if (format is not ("text" or "github")) return Fail(command, $"--format must be 'text' or 'github', not '{format}'");

        var options = new BuildOptions(
            values.GetValueOrDefault("--source") ?? "cases",
            values.GetValueOrDefault("--theme") ?? "theme",
            values.GetValueOrDefault("--out") ?? "public",
            baseUrl,
            flags.Contains("--drafts"),
            Pdf: flags.Contains("--pdf"));
        if (Path.GetFullPath(options.Output) is var output && (IsWithin(Path.GetFullPath(options.Source), output) || IsWithin(Path.GetFullPath(options.Theme), output) || IsWithin(output, Path.GetFullPath(options.Source))))
            return Fail(command, "--out must not overlap the source or theme folder");
        return new ParsedCommand(command, options, false, flags.Contains("--verbose"), format == "github", null);
    }

    private static bool IsWithin(string folder, string path) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static ParsedCommand Fail(string command, string error) => new(command, null, false, false, false, error);
}
