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

    // What the site publishes for the browser: the packages' own minified builds of the same scripts (lunr's
    // lunr.min.js, lunr-languages' min/ folder), a third of the bytes. Tests in Node prove they answer as the
    // scripts above do (tests/lunr-reference/published-pipeline.js, split-queries.js).
    public const string PublishedLunr = "lunr/lunr.min.js";
    public const string PublishedStemmerSupport = "lunr-languages/min/lunr.stemmer.support.min.js";

    public static string PublishedLanguage(string code) => $"lunr-languages/min/lunr.{code}.min.js";

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
        [PublishedLunr] = "0c50d9002b85780a842afffb567bb54ede402dae7c6dc5997a018614d8044fc8",
        [PublishedStemmerSupport] = "5ff7b6bd53462911fc1311c09f654085b748338aced249e719c0b16fda0b90fb",
        [PublishedLanguage("it")] = "a6b99eb8f9fb1c1898ef2b2a25e71421d1b754b67ad6a096bba644d83d319e3a",
        [PublishedLanguage("fr")] = "5250df248926dfed58b99bd3a980e19e95bf8d8735248ee471f61858c6afee80",
        [PublishedLanguage("fi")] = "ca86d20ce4ab1a51d273d5fe8f24510437a5ed69051ccfb7b2e2e3925434d71d",
        [PublishedLanguage("de")] = "9682b22880003b6e5a4211448f1317d55236a9b891cce6624647e111e8bf82e0",
        [PublishedLanguage("nl")] = "dbebf0651a067e32a8fa473a832c6ade3a9322a2aaf15637591234a3902e37f3",
    };
}
