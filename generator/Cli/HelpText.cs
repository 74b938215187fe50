namespace CaseLibrary.Cli;

/// <summary>The text of <c>--help</c>, per command.</summary>
public static class HelpText
{
    private const string Options = """
      --source <dir>     content folder (default: cases)
      --theme <dir>      theme folder (default: theme)
      --base-url <url>   absolute URL the site is served from, e.g. https://example.org/library/
                         (default: base_url in library.yaml)
      --drafts           build: include cases marked draft: true (check always includes them)
      --pdf              also print every case version to PDF with headless Chromium (/usr/bin/chromium,
                         or CASELIB_CHROMIUM); the build fails with a diagnostic when it is missing
      --lunr-index       also publish the whole search index of each language: <lang>/search/index.json, lunr's
                         own serialization (lunr.Index.load reads it), and index.pack.json, its compact form
                         (the site's search loads neither, so they are off by default)
      --format <f>       text (default) or github (workflow annotations; automatic when GITHUB_ACTIONS=true)
      --verbose          print stage timings, and stack traces of internal errors
      -h, --help         show this help
    """;

    public static string For(string command) => command switch
    {
        "build" => $"""
            caselib build: build the site from the content and theme folders.

            Usage: caselib build [options]
              --out <dir>        output folder (default: public); replaced only when the build succeeds, and only
                                 if it is new, empty or made by an earlier build (it holds .caselib-build).
                                 Never a symbolic link, the sources, the repository, the current folder or home.
            {Options}
            Exit codes: 0 built, 1 content errors (nothing written), 2 usage error or refused output folder,
            130 / 143 interrupted by SIGINT / SIGTERM (nothing written, the staging folder deleted).

            """,
        "check" => $"""
            caselib check: check the whole library (front matter, data files, links, anchors), drafts included,
            without writing anything.

            Usage: caselib check [options]
            {Options}
            Exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage error.

            """,
        "explain" => """
            caselib explain: what a diagnostic code means, an example of the mistake, and how to fix it.

            Usage: caselib explain CODE        e.g. caselib explain CL0132
                   caselib explain             list every code with its title
                   caselib explain --markdown  the reference section of the README, in Markdown
            Exit codes: 0 explained, 2 unknown code or usage error.

            """,
        "new" => """
            caselib new: start a new case, or a translation of one, with every field explained.

            Usage: caselib new <case-id> --lang <lang>
                   caselib new <case-id> --translation-of <lang> --lang <lang2>
              <case-id>               the case's folder name: lowercase a-z, 0-9 and '-', e.g. mentoring-lyon
              --lang <lang>           language of the new file, one of library.yaml's languages
              --translation-of <lang> copy the front matter and text of that version, to translate
              --source <dir>          content folder (default: cases)
              --theme <dir>           theme folder (default: theme); not read, only repeated in the check and serve commands it suggests
              -h, --help              show this help
            Creates <source>/<case-id>/<lang>.md marked 'draft: true'; never replaces an existing file.
            Exit codes: 0 created, 1 not created (the file exists, the library has errors, ...), 2 usage error.

            """,
        "schema" => """
            caselib schema: write the JSON Schemas of case front matter, library.yaml, competences.yaml and authors.yaml.

            Usage: caselib schema [--out <dir>] [--source <dir>]
              --out <dir>       where to write them (default: <source>/.schema)
              --source <dir>    content folder (default: cases)
              -h, --help        show this help
            The schemas are generated from the generator's own rules; a test fails when the checked-in copies differ.

            """,
        "serve" => """
            caselib serve: build the site in memory, serve it on 127.0.0.1 and rebuild on every change.

            Usage: caselib serve [options]
              --port <n>        port on 127.0.0.1 (default: 8008; 0: any free port)
              --source <dir>    content folder (default: cases)
              --theme <dir>     theme folder (default: theme)
              --drafts          accepted for compatibility: serve always shows drafts, marked as drafts
              --verbose         print stack traces of internal errors
              -h, --help        show this help
            Edits under the content and theme folders rebuild what changed; the open page reloads by itself.
            A build error shows over the page, and the server keeps the last good build. Nothing is written to disk.
            Stop with Ctrl+C.

            """,
        _ => """
            caselib: builds the CaseLibrary static site from cases/ and theme/.

            Usage: caselib <command> [options]
            Commands:
              build     build the site into public/
              check     check the library without writing anything
              explain   what a diagnostic code means and how to fix it: caselib explain CL0132
              new       start a new case or a translation: caselib new <case-id> --lang <lang>
              schema    write the JSON Schemas editors use to check front matter as you type
              serve     preview: serve the site on 127.0.0.1, rebuild and reload on every change
            Run 'caselib <command> --help' for a command's options.
            With dotnet: dotnet run --project generator -- build

            """,
    };
}
