namespace CaseLibrary.Contract;

/// <summary>What a field's value must be; the parsers read it this way and the JSON Schema describes it this way.</summary>
public enum FieldType
{
    /// <summary>One text value (a YAML scalar).</summary>
    Text,
    /// <summary>Text, or a list of texts (a single value counts as a one-item list).</summary>
    TextList,
    /// <summary>Ids (lowercase a-z, 0-9 and '-'), one or a list.</summary>
    IdList,
    /// <summary>A date written YYYY-MM-DD.</summary>
    Date,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    Country,
    /// <summary>An SPDX licence id from <see cref="Model.Licences"/>.</summary>
    Licence,
    /// <summary>Supported language codes, one or a list.</summary>
    LanguageList,
    /// <summary>Text per language (<c>{en: …, it: …}</c>), or one text for every language.</summary>
    LocalizedText,
    /// <summary>A whole number from 1.</summary>
    Number,
    /// <summary>An absolute http(s) URL.</summary>
    Url,
    /// <summary>A list of <c>{label, url}</c> mappings.</summary>
    Links,
}
