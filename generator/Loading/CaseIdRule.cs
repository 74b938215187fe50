using System.Text.RegularExpressions;
using CaseLibrary.Contract;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Loading;

/// <summary>
/// What a case id (the name of its folder) must be, for the loader, which reads the folders there are, and for
/// <c>caselib new</c>, which refuses an id before it makes the folder: the same code and message from both.
/// </summary>
public static partial class CaseIdRule
{
    /// <summary>The one problem with <paramref name="id"/> as a case id, reported at <paramref name="folder"/>; null when it is a good id.</summary>
    public static Diagnostic? Problem(string id, SourceLocation folder)
    {
        if (!Names.Id().IsMatch(id))
        {
            var suggestion = Names.SuggestId(id);
            return Diagnostic.Error("CL0202", $"'{id}' is not a valid case id: use lowercase a-z, 0-9 and '-'" + (suggestion.Length > 0 ? $" (did you mean '{suggestion}'?)" : ""), folder);
        }
        if (IsReservedName(id))
            return Diagnostic.Error("CL0211", $"'{id}' is a reserved device name on Windows, so the library could not be checked out there; choose another case id", folder);
        if (Names.SiteUse("case", id) is { } use)
            return Diagnostic.Error("CL0227", $"'{id}' cannot be a case id: {use}; use another case id, that is, another name for the case's folder (for example '{id}-1' or a name that says what the case is about)", folder);
        if (id.Length > Names.MaxIdLength)
            return Diagnostic.Error("CL0224", $"the case id is {id.Length} characters long; the limit is {Names.MaxIdLength}, because the id is part of the names of the published files (such as {id[..12]}…-en.bib): choose a shorter id", folder);
        return null;
    }

    /// <summary>Windows device names (CON, NUL, COM1, ...), reserved with or without an extension.</summary>
    public static bool IsReservedName(string name) => ReservedName().IsMatch(name);

    [GeneratedRegex("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReservedName();
}
