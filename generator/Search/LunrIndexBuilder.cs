namespace CaseLibrary.Search;

/// <summary>
/// Builds the serialized Lunr index of one language: the same JSON text, byte for byte, that
/// lunr 2.3.9 + lunr-languages 1.22.0 + theme/assets/js/search-fold.js produce in Node with
/// <c>JSON.stringify(lunr(function () { ... }))</c> (tests/lunr-reference/build-index.js).
/// A pure function of its arguments.
/// <para>
/// Two passes: the first tokenizes every field into numbered tokens (each distinct token is a string once), so the
/// pipeline gets the whole vocabulary in one batch; the second adds the documents in order, each distinct token's
/// terms computed once, as lunr.Builder.add would add them.
/// </para>
/// </summary>
public sealed class LunrIndexBuilder
{
    /// <exception cref="ArgumentException">
    /// Duplicate field names, names containing '/' or named "_index", duplicate document refs, or a document
    /// whose value count differs from the field count: programming errors, not author errors.
    /// </exception>
    public string BuildJson(LanguagePipeline pipeline, IReadOnlyList<SearchField> fields, IEnumerable<SearchDocument> docs)
    {
        IndexAccumulator index = Accumulate(pipeline, fields, docs);
        return LunrIndexJson.Write(index, Bm25Scorer.Score(index), pipeline.SearchPipeline);
    }

    /// <summary>The split index the browser loads (<see cref="LunrIndexSplit"/>) and, from the same state, lunr's serialization of
    /// the whole index when <paramref name="withJson"/> and its compact form (<see cref="LunrIndexPack"/>) when <paramref name="withPack"/>.</summary>
    /// <param name="chunkPostings">Postings per chunk of the split index (<see cref="LunrIndexSplit.ChunkPostings"/>; tests use small chunks).</param>
    public BuiltIndex Build(LanguagePipeline pipeline, IReadOnlyList<SearchField> fields, IEnumerable<SearchDocument> docs, bool withJson = true,
        int chunkPostings = LunrIndexSplit.ChunkPostings, bool withPack = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkPostings, 1);
        IndexAccumulator index = Accumulate(pipeline, fields, docs);
        var json = withJson ? LunrIndexJson.Write(index, Bm25Scorer.Score(index), pipeline.SearchPipeline) : null;
        var pack = withPack ? LunrIndexPack.Write(index, pipeline.SearchPipeline) : null;
        return new BuiltIndex(json, pack, LunrIndexSplit.Write(index, pipeline.SearchPipeline, chunkPostings));
    }

    private static IndexAccumulator Accumulate(LanguagePipeline pipeline, IReadOnlyList<SearchField> fields, IEnumerable<SearchDocument> docs)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(docs);
        ValidateFields(fields);

        // lunr iterates fields in Object.keys order (array-index names first).
        IReadOnlyList<string> order = JsPropertyOrder.Order(fields.Select(field => field.Name));
        int[] position = order.Select(name => fields.ToList().FindIndex(field => field.Name == name)).ToArray();
        var index = new IndexAccumulator(position.Select(p => fields[p]).ToArray());

        // Pass 1: tokens, numbered; per document and field (in field order) its token numbers. Each document is read
        // once, here, and let go of (the search stage makes them as they are read): only its ref and tokens stay.
        var tokens = new TokenTable();
        var fieldTokens = new List<int[]>();
        var refs = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scratch = new List<int>();
        foreach (SearchDocument doc in docs)
        {
            if (!seen.Add(doc.Ref)) throw new ArgumentException($"Duplicate document ref '{doc.Ref}'.", nameof(docs));
            refs.Add(doc.Ref);
            if (doc.Values.Count != fields.Count)
            {
                throw new ArgumentException($"Document '{doc.Ref}' has {doc.Values.Count} values for {fields.Count} fields.", nameof(docs));
            }
            for (int f = 0; f < position.Length; f++)
            {
                scratch.Clear();
                LunrTokenizer.Tokenize(doc.Values[position[f]], tokens, scratch);
                fieldTokens.Add(scratch.ToArray());
            }
        }
        pipeline.Prime(tokens.Strings);

        // Pass 2: lunr.Builder.add for each document in order; a token's terms are numbered when first seen.
        var termsOfToken = new int[tokens.Strings.Count][];
        var terms = new List<int>();
        for (int d = 0; d < refs.Count; d++)
        {
            index.BeginDocument(refs[d]);
            for (int f = 0; f < position.Length; f++)
            {
                terms.Clear();
                foreach (int token in fieldTokens[d * position.Length + f])
                {
                    int[]? known = termsOfToken[token];
                    if (known is null)
                    {
                        IReadOnlyList<string> strings = pipeline.IndexTerms(tokens.Strings[token]);
                        known = new int[strings.Count];
                        for (int i = 0; i < known.Length; i++) known[i] = index.TermId(strings[i]);
                        termsOfToken[token] = known;
                    }
                    terms.AddRange(known);
                }
                index.AddField(f, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(terms));
            }
        }
        return index;
    }

    private static void ValidateFields(IReadOnlyList<SearchField> fields)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (SearchField field in fields)
        {
            if (field.Name.Contains('/')) throw new ArgumentException($"Field name '{field.Name}' contains '/'.", nameof(fields));
            if (field.Name == "_index") throw new ArgumentException("Field name '_index' is reserved by lunr.", nameof(fields));
            if (!names.Add(field.Name)) throw new ArgumentException($"Duplicate field '{field.Name}'.", nameof(fields));
        }
    }
}

/// <summary>One language's index: lunr's JSON (index.json) and the whole-index pack (index.pack.json), each null when not asked
/// for, and the split the search worker loads piece by piece (<see cref="LunrIndexSplit"/>).</summary>
public sealed record BuiltIndex(string? Json, string? Pack, SplitIndex Split);

/// <summary>The files of <see cref="LunrIndexSplit"/>: index.json (fields, pipeline, each chunk's first term), terms.json (the
/// whole vocabulary) and the postings chunks (chunk n is <c>Chunks[n]</c>, written anew at each read, so that the search
/// stage holds one chunk at a time).</summary>
public sealed record SplitIndex(string Index, string Terms, IReadOnlyList<string> Chunks);
