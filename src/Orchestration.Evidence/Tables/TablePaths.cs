using System.Globalization;
using Azure;
using Azure.Core;

namespace Orchestration.Evidence.Tables;

/// <summary>URLs of the Table REST API: entity addresses, query parameters and continuation headers.</summary>
internal static class TablePaths
{
    private const string NextPartitionKey = "NextPartitionKey";
    private const string NextRowKey = "NextRowKey";

    // Keys sit inside quotes: a quote is doubled, then the whole value is percent-encoded.
    public static string Entity(string table, string partitionKey, string rowKey) =>
        $"/{table}(PartitionKey='{Key(partitionKey)}',RowKey='{Key(rowKey)}')";

    public static void AppendQuery(RequestUriBuilder uri, string? filter, int? top, TableContinuation? continuation)
    {
        if (filter is not null)
        {
            uri.AppendQuery("$filter", filter, escapeValue: true);
        }

        if (top is int count)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count, nameof(top));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 1000, nameof(top));
            uri.AppendQuery("$top", count.ToString(CultureInfo.InvariantCulture), escapeValue: false);
        }

        if (continuation is not null)
        {
            uri.AppendQuery(NextPartitionKey, continuation.NextPartitionKey, escapeValue: true);
            if (continuation.NextRowKey is not null)
            {
                uri.AppendQuery(NextRowKey, continuation.NextRowKey, escapeValue: true);
            }
        }
    }

    public static TableContinuation? ReadContinuation(Response response) =>
        response.Headers.TryGetValue("x-ms-continuation-" + NextPartitionKey, out string? partition)
            ? new TableContinuation(partition, response.Headers.TryGetValue("x-ms-continuation-" + NextRowKey, out string? row) ? row : null)
            : null;

    private static string Key(string value) => Uri.EscapeDataString(value.Replace("'", "''", StringComparison.Ordinal));
}

/// <summary>Builds OData filter literals safely: a quote in a value is doubled, so a value can never end the literal.</summary>
public static class TableFilter
{
    /// <summary>Quotes a string literal.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The literal, e.g. <c>'O''Brien'</c>.</returns>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>A filter on one partition.</summary>
    /// <param name="partitionKey">The partition key.</param>
    /// <returns>The filter.</returns>
    public static string Partition(string partitionKey) => "PartitionKey eq " + Quote(partitionKey);

    /// <summary>A filter on one partition from a row key on (inclusive).</summary>
    /// <param name="partitionKey">The partition key.</param>
    /// <param name="fromRowKey">The first row key.</param>
    /// <returns>The filter.</returns>
    public static string RowsFrom(string partitionKey, string fromRowKey) =>
        $"{Partition(partitionKey)} and RowKey ge {Quote(fromRowKey)}";

    /// <summary>A filter on one partition and an inclusive row-key range.</summary>
    /// <param name="partitionKey">The partition key.</param>
    /// <param name="fromRowKey">The first row key.</param>
    /// <param name="toRowKey">The last row key.</param>
    /// <returns>The filter.</returns>
    public static string RowRange(string partitionKey, string fromRowKey, string toRowKey) =>
        $"{RowsFrom(partitionKey, fromRowKey)} and RowKey le {Quote(toRowKey)}";
}
