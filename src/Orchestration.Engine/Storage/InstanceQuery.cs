using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Orchestration.Abstractions;

namespace Orchestration.Engine.Storage;

/// <summary>Lists runs newest first, one page at a time, with a keyset continuation token (stable under inserts).</summary>
internal static class InstanceQuery
{
    public static WorkflowPage Run(
        StatementCache reader, WorkflowQuery query, string columns, Func<SqliteDataReader, bool, WorkflowMetadata> map)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, WorkflowQuery.MaxPageSize, nameof(query));
        List<string> conditions = [];
        List<(string, object?)> parameters = [];
        Add(conditions, parameters, query.CreatedFrom?.UtcDateTime.Ticks, "created_at >= $from", "$from");
        Add(conditions, parameters, query.CreatedTo?.UtcDateTime.Ticks, "created_at < $to", "$to");
        Add(conditions, parameters, query.WorkflowName, "name = $name COLLATE NOCASE", "$name");
        Add(conditions, parameters, query.InstanceIdPrefix, "substr(instance_id, 1, length($prefix)) = $prefix", "$prefix");
        if (query.Statuses is { Count: > 0 } statuses)
        {
            conditions.Add($"status IN ({string.Join(", ", statuses.Select(status => ((int)status).ToString(CultureInfo.InvariantCulture)))})");
        }

        if (query.ContinuationToken is not null)
        {
            (long createdAt, string instanceId) = DecodeToken(query.ContinuationToken);
            conditions.Add("(created_at < $after_created OR (created_at = $after_created AND instance_id < $after_id))");
            parameters.Add(("$after_created", createdAt));
            parameters.Add(("$after_id", instanceId));
        }

        StringBuilder sql = new($"SELECT {columns} FROM instances");
        if (conditions.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", conditions);
        }

        sql.Append(" ORDER BY created_at DESC, instance_id DESC LIMIT $limit");
        parameters.Add(("$limit", query.PageSize + 1));

        List<WorkflowMetadata> page = [];
        List<long> createdTicks = [];
        using (SqliteDataReader row = reader.Prepare(sql.ToString(), [.. parameters]).ExecuteReader())
        {
            while (row.Read())
            {
                page.Add(map(row, query.FetchInputsAndOutputs));
                createdTicks.Add(row.GetInt64(8));
            }
        }

        if (page.Count <= query.PageSize)
        {
            return new WorkflowPage(page, null);
        }

        page.RemoveAt(page.Count - 1);
        WorkflowMetadata last = page[^1];
        return new WorkflowPage(page, EncodeToken(createdTicks[page.Count - 1], last.InstanceId));
    }

    private static void Add(List<string> conditions, List<(string, object?)> parameters, object? value, string condition, string name)
    {
        if (value is not null)
        {
            conditions.Add(condition);
            parameters.Add((name, value));
        }
    }

    private static string EncodeToken(long createdAt, string instanceId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{createdAt}|{instanceId}")));

    private static (long CreatedAt, string InstanceId) DecodeToken(string token)
    {
        try
        {
            string text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            int bar = text.IndexOf('|', StringComparison.Ordinal);
            return (long.Parse(text[..bar], CultureInfo.InvariantCulture), text[(bar + 1)..]);
        }
        catch (Exception invalid) when (invalid is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new ArgumentException("The continuation token is not one this engine issued.", nameof(token), invalid);
        }
    }
}
