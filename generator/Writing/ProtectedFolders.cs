namespace CaseLibrary.Writing;

/// <summary>
/// The folders a build's output must keep clear of: the inputs (source, theme), the current folder and the user's home.
/// Relative paths are relative to <see cref="CurrentDirectory"/>, which must be a full path. The repository around them
/// is found from these (<see cref="OutputFolderGuard"/>).
/// </summary>
public sealed record ProtectedFolders(string Source, string Theme, string CurrentDirectory, string? Home);
