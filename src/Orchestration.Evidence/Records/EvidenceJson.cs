using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orchestration.Evidence.Records;

/// <summary>
/// The ledger's own JSON contract for records, seals and packs. It is kept apart from the workflow JSON on purpose:
/// record hashes are computed over this form, so a change elsewhere must never change a sealed run's digests.
/// </summary>
public static class EvidenceJson
{
    /// <summary>Gets the options: camelCase, enums as camelCase strings, nulls omitted, unknown members refused.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: false);

    /// <summary>Gets the same options, indented, for files people read.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(indented: true);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        JsonSerializerOptions options = new(JsonSerializerDefaults.Web)
        {
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
