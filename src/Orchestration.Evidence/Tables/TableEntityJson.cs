using System.Globalization;
using System.Text.Json;

namespace Orchestration.Evidence.Tables;

/// <summary>
/// Entity JSON as the Table service speaks it: Int64, Double, DateTime, Guid and Binary carry an
/// <c>Prop@odata.type</c> annotation on the way in; read with <c>odata=minimalmetadata</c>, the service annotates
/// them on the way out, so they come back typed.
/// </summary>
internal static class TableEntityJson
{
    private const string TypeSuffix = "@odata.type";

    public static byte[] Write(TableEntity entity)
    {
        using MemoryStream stream = new();
        using (Utf8JsonWriter writer = new(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("PartitionKey", entity.PartitionKey);
            writer.WriteString("RowKey", entity.RowKey);
            foreach ((string name, object value) in entity.Properties)
            {
                WriteProperty(writer, name, value);
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    public static TableEntity Read(JsonElement json, string? etag = null)
    {
        TableEntity entity = new(json.GetProperty("PartitionKey").GetString()!, json.GetProperty("RowKey").GetString()!)
        {
            ETag = etag ?? (json.TryGetProperty("odata.etag", out JsonElement tag) ? tag.GetString() : null),
            Timestamp = json.TryGetProperty("Timestamp", out JsonElement ts) ? ts.GetDateTimeOffset() : null,
        };
        foreach (JsonProperty property in json.EnumerateObject())
        {
            if (property.Name is "PartitionKey" or "RowKey" or "Timestamp" || property.Name.Contains('@', StringComparison.Ordinal)
                || property.Name.StartsWith("odata.", StringComparison.Ordinal))
            {
                continue;
            }

            string? type = json.TryGetProperty(property.Name + TypeSuffix, out JsonElement t) ? t.GetString() : null;
            entity.Properties[property.Name] = ReadValue(property.Value, type);
        }

        return entity;
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        (string? type, Action write) = value switch
        {
            string s => ((string?)null, (Action)(() => writer.WriteString(name, s))),
            int i => (null, () => writer.WriteNumber(name, i)),
            bool b => (null, () => writer.WriteBoolean(name, b)),
            long l => ("Edm.Int64", () => writer.WriteString(name, l.ToString(CultureInfo.InvariantCulture))),
            double d => ("Edm.Double", () => writer.WriteNumber(name, d)),
            DateTimeOffset t => ("Edm.DateTime", () => writer.WriteString(name, t.UtcDateTime.ToString("o", CultureInfo.InvariantCulture))),
            Guid g => ("Edm.Guid", () => writer.WriteString(name, g)),
            byte[] bytes => ("Edm.Binary", () => writer.WriteBase64String(name, bytes)),
            _ => throw new ArgumentException($"Property '{name}' has type {value.GetType().Name}, which Table Storage does not store.", nameof(value)),
        };
        write();
        if (type is not null)
        {
            writer.WriteString(name + TypeSuffix, type);
        }
    }

    private static object ReadValue(JsonElement value, string? type) => type switch
    {
        "Edm.Int64" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        "Edm.Double" => value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDouble(),
        "Edm.DateTime" => value.GetDateTimeOffset(),
        "Edm.Guid" => value.GetGuid(),
        "Edm.Binary" => value.GetBytesFromBase64(),
        _ => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.True or JsonValueKind.False => value.GetBoolean(),
            JsonValueKind.Number when value.TryGetInt32(out int i) => i,
            JsonValueKind.Number => value.GetDouble(),
            _ => value.GetRawText(),
        },
    };
}
