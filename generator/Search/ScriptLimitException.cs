namespace CaseLibrary.Search;

/// <summary>
/// A lunr-languages script (in Node or Jint) ran past its time or memory limit, or its Node child stopped answering.
/// The search stage reports it as a diagnostic; the message names the language and what was running.
/// </summary>
public sealed class ScriptLimitException(string message) : Exception(message);
