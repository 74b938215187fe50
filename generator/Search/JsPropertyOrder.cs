namespace CaseLibrary.Search;

/// <summary>
/// The order in which JavaScript enumerates an object's own string keys (Object.keys,
/// JSON.stringify): array-index keys ("0".."4294967294" in canonical form) first, ascending
/// numerically, then all other keys in insertion order.
/// </summary>
internal static class JsPropertyOrder
{
    public static IReadOnlyList<string> Order(IEnumerable<string> keysInInsertionOrder)
    {
        var indexes = new List<(uint Value, string Key)>();
        var others = new List<string>();
        foreach (string key in keysInInsertionOrder)
        {
            if (TryArrayIndex(key, out uint value)) indexes.Add((value, key));
            else others.Add(key);
        }
        if (indexes.Count == 0) return others;
        indexes.Sort((a, b) => a.Value.CompareTo(b.Value));
        var ordered = new List<string>(indexes.Count + others.Count);
        ordered.AddRange(indexes.Select(entry => entry.Key));
        ordered.AddRange(others);
        return ordered;
    }

    public static bool TryArrayIndex(string key, out uint value)
    {
        value = 0;
        if (key.Length == 0 || key.Length > 10) return false;
        if (key[0] == '0') return key.Length == 1;
        ulong parsed = 0;
        foreach (char c in key)
        {
            if (c < '0' || c > '9') return false;
            parsed = parsed * 10 + (ulong)(c - '0');
        }
        if (parsed > 4294967294UL) return false;
        value = (uint)parsed;
        return true;
    }
}
