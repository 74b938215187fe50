namespace CaseLibrary.Cli;

/// <summary>
/// What the command line takes from the process: read once in <c>Program.Main</c> and passed down, so that nothing
/// below it reads environment variables and tests state the environment they run in.
/// </summary>
/// <param name="CurrentDirectory">Relative paths on the command line are resolved against it.</param>
/// <param name="Home">The user's home folder (HOME); a build never replaces it. Null when unknown.</param>
/// <param name="GitHubActions">GITHUB_ACTIONS=true: diagnostics are also printed as GitHub annotations by default.</param>
/// <param name="Ci">CI is set (and not "false" or "0"): no progress line.</param>
/// <param name="Chromium">CASELIB_CHROMIUM: the browser <c>--pdf</c> prints with, instead of the usual install paths.</param>
/// <param name="SearchPath">PATH, where the build looks for node and npm (only its trusted absolute folders). Null when unset.</param>
/// <param name="Invocation">How the reader starts this program, for messages that name a command: <c>caselib</c> when
/// installed as a tool, <c>dotnet run --project generator --</c> in a clone (decided in Program.Main).</param>
/// <param name="CarriedPackages">The folder of pinned search scripts packed beside an installed caselib; null when there is none (a clone).</param>
/// <param name="StderrIsTerminal">stderr is a terminal (not redirected) and TERM is not "dumb": a progress line can be shown.</param>
public sealed record CommandEnvironment(
    string CurrentDirectory,
    string? Home = null,
    bool GitHubActions = false,
    bool Ci = false,
    string? Chromium = null,
    bool StderrIsTerminal = false,
    string? SearchPath = null,
    string Invocation = "caselib",
    string? CarriedPackages = null);
