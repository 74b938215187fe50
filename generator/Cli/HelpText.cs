namespace CaseLibrary.Cli;

/// <summary>The text of <c>--help</c>, per command.</summary>
public static class HelpText
{
    private const string Options = """
      --source <dir>     content folder (default: cases)
      --theme <dir>      theme folder (default: theme)
      --base-url <url>   absolute URL the site is served from, e.g. https://example.org/library/
                         (default: base_url in library.yaml)
      --drafts           include cases marked draft: true
      --pdf              also print every case version to PDF with headless Chromium (/usr/bin/chromium,
                         or CASELIB_CHROMIUM); the build fails with a diagnostic when it is missing
      --format <f>       text (default) or github (workflow annotations; automatic when GITHUB_ACTIONS=true)
      --verbose          print stage timings, and stack traces of internal errors
      -h, --help         show this help
    """;

    public static string For(string command) => command switch
    {
        "build" => $"""
            caselib build: build the site from the content and theme folders.

            Usage: caselib build [options]
              --out <dir>        output folder (default: public); replaced only when the build succeeds
            {Options}
            Exit codes: 0 built, 1 content errors (nothing written), 2 usage error.

            """,
        "check" => $"""
            caselib check: check the whole library (front matter, data files, links, anchors) without writing anything.

            Usage: caselib check [options]
            {Options}
            Exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage error.

            """,
        _ => """
            caselib: builds the CaseLibrary static site from cases/ and theme/.

            Usage: caselib <command> [options]
            Commands:
              build     build the site into public/
              check     check the library without writing anything
            Run 'caselib <command> --help' for a command's options.
            With dotnet: dotnet run --project generator -- build

            """,
    };
}
