namespace CaseLibrary.Search;

/// <summary>
/// Builds the serialized Lunr index of one language: the same JSON text, byte for byte, that
/// lunr 2.3.9 + lunr-languages 1.22.0 + theme/assets/js/search-fold.js produce in Node with
/// <c>JSON.stringify(lunr(function () { ... }))</c> (tests/lunr-reference/build-index.js).
/// A pure function of its arguments.
/// </summary>
public sealed class LunrIndexBuilder
{
    /// <exception cref="ArgumentException">
    /// Duplicate field names, names containing '/' or named "_index", duplicate document refs, or a document
    /// whose value count differs from the field count: programming errors, not author errors.
    /// </exception>
    public string BuildJson(LanguagePipeline pipeline, IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> docs) =>
        LunrIndexJson.Write(Accumulate(pipeline, fields, docs, out var vectors), vectors, pipeline.SearchPipeline);

    /// <summary>The serialized index and, from the same state, its transport form (<see cref="LunrIndexPack"/>).</summary>
    public BuiltIndex Build(LanguagePipeline pipeline, IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> docs)
    {
        IndexAccumulator index = Accumulate(pipeline, fields, docs, out var vectors);
        return new BuiltIndex(LunrIndexJson.Write(index, vectors, pipeline.SearchPipeline), LunrIndexPack.Write(index, pipeline.SearchPipeline));
    }

    private static IndexAccumulator Accumulate(LanguagePipeline pipeline, IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> docs,
        out List<(int TermIndex, double Score)>[] vectors)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(docs);
        ValidateFields(fields);

        // lunr iterates fields in Object.keys order (array-index names first).
        IReadOnlyList<string> order = JsPropertyOrder.Order(fields.Select(field => field.Name));
        int[] position = order.Select(name => fields.ToList().FindIndex(field => field.Name == name)).ToArray();
        var index = new IndexAccumulator(position.Select(p => fields[p]).ToArray());

        // One pass for the vocabulary, so the lunr-languages functions get it in one batch, then the indexing pass.
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (SearchDocument doc in docs)
            foreach (string? value in doc.Values)
                foreach (string token in LunrTokenizer.Tokenize(value)) vocabulary.Add(token);
        pipeline.Prime(vocabulary);

        var refs = new HashSet<string>(StringComparer.Ordinal);
        foreach (SearchDocument doc in docs)
        {
            if (!refs.Add(doc.Ref)) throw new ArgumentException($"Duplicate document ref '{doc.Ref}'.", nameof(docs));
            if (doc.Values.Count != fields.Count)
            {
                throw new ArgumentException($"Document '{doc.Ref}' has {doc.Values.Count} values for {fields.Count} fields.", nameof(docs));
            }
            var termsByField = new IReadOnlyList<string>[position.Length];
            for (int f = 0; f < position.Length; f++) termsByField[f] = Terms(pipeline, doc.Values[position[f]]);
            index.Add(doc.Ref, termsByField);
        }

        vectors = Bm25Scorer.Score(index);
        return index;
    }

    private static List<string> Terms(LanguagePipeline pipeline, string? text)
    {
        var terms = new List<string>();
        foreach (string token in LunrTokenizer.Tokenize(text)) terms.AddRange(pipeline.IndexTerms(token));
        return terms;
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

/// <summary>One language's index: lunr's JSON (index.json) and the pack the browser loads (index.pack.json).</summary>
public sealed record BuiltIndex(string Json, string Pack);
