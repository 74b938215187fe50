namespace CaseLibrary.Search;

/// <summary>Distinct tokens, numbered in order of first appearance; looked up by span, so a repeated token allocates nothing.</summary>
internal sealed class TokenTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<string> _strings = [];

    public TokenTable() => _bySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tokens by number.</summary>
    public IReadOnlyList<string> Strings => _strings;

    public int Id(ReadOnlySpan<char> token)
    {
        if (_bySpan.TryGetValue(token, out int id)) return id;
        string text = token.ToString();
        id = _strings.Count;
        _ids.Add(text, id);
        _strings.Add(text);
        return id;
    }
}
