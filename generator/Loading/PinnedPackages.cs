namespace CaseLibrary.Loading;

/// <summary>
/// The theme's npm packages the build trusts, pinned here and not only in theme/package-lock.json: a pull request can
/// change the lock file or commit a node_modules folder, but not this table. The search index builder runs these files
/// and the site publishes them, so every file read from theme/node_modules must have the SHA-256 written here.
/// </summary>
public static class PinnedPackages
{
    public const string LunrVersion = "2.3.9";
    public const string LunrLanguagesVersion = "1.22.0";

    /// <summary>Package name → version and the lock file's integrity (npm checks the downloaded archive against it).</summary>
    public static readonly IReadOnlyDictionary<string, (string Version, string Integrity)> Packages = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["lunr"] = (LunrVersion, "sha512-zTU3DaZaF3Rt9rhN3uBMGQD3dD2/vFQqnvZCDv4dl5iOzq2IZQqTxu90r4E5J+nP70J3ilqVCrbho2eWaeW8Ow=="),
        ["lunr-languages"] = (LunrLanguagesVersion, "sha512-zNog8491aJ5Fl4WGe+aiMcc851d7d5s31nuDjfR0qv5zoVFSBB8/nq/WLMP9Xrtx+UeLX7jDvKFEmus4V5aKZA=="),
    };

    /// <summary>The only place the lock file may download a pinned package from: its archive on the public npm registry.</summary>
    public static string Archive(string name) => $"https://registry.npmjs.org/{name}/-/{name}-{Packages[name].Version}.tgz";

    public const string Lunr = "lunr/lunr.js";
    public const string StemmerSupport = "lunr-languages/lunr.stemmer.support.js";

    public static string Language(string code) => $"lunr-languages/lunr.{code}.js";

    /// <summary>Every file the build reads from node_modules (path under it, '/' separators) → its SHA-256, lowercase hex.</summary>
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Lunr] = "9431726f05c0eae2a6e54dc197709422869f25cad44f2430d2fb7ddae80cc717",
        [StemmerSupport] = "4b4c8cc2fd10dc37e4b33b57fc73659f8df833803c7d04bd84e53f01b16add86",
        [Language("it")] = "e1091baeb59f2dee05a972c8995ba4293df630aaa0780cac42102283d5900abc",
        [Language("fr")] = "28321e6617565f0b8b70b5b392c523dc0932dfe93662e5e12d7e85cd389cab2b",
        [Language("fi")] = "359ab12ec31a14d32a9e03a21639a29a6f049e3f7293715508eeaa82fb17145a",
        [Language("de")] = "82d32012024b7aaed5ae11d4cf9780181e9dea70ba006e104beed2f80c7910ff",
        [Language("nl")] = "8d6a9185f8457c984957180a25566f2bfe3e7f46a599ed3ffce99fe56d218d77",
    };
}
