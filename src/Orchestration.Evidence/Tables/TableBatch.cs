using System.Text;
using System.Text.RegularExpressions;
using Azure;
using Orchestration.Evidence.Rest;

namespace Orchestration.Evidence.Tables;

/// <summary>
/// The multipart body of an entity-group transaction (<c>POST /$batch</c>): one changeset with one HTTP request per
/// operation, CRLF line endings, absolute sub-request URLs and each JSON body on one line, as the service and
/// Azurite's parser require. The service answers 202 even when the changeset fails; the failure is inside.
/// </summary>
internal sealed partial class TableBatch
{
    /// <summary>The most operations one batch may hold.</summary>
    public const int MaxOperations = 100;

    private TableBatch(string contentType, byte[] body)
    {
        ContentType = contentType;
        Body = body;
    }

    public string ContentType { get; }

    public byte[] Body { get; }

    public static TableBatch Create(string endpoint, string table, IReadOnlyList<TableBatchOperation> operations)
    {
        Validate(operations);
        string batch = "batch_" + Guid.NewGuid().ToString("N");
        string changeset = "changeset_" + Guid.NewGuid().ToString("N");
        StringBuilder body = new();
        body.Append("--").Append(batch).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append("\r\n\r\n");
        for (int i = 0; i < operations.Count; i++)
        {
            AppendOperation(body, changeset, endpoint, table, operations[i], i + 1);
        }

        body.Append("--").Append(changeset).Append("--\r\n").Append("--").Append(batch).Append("--\r\n");
        return new TableBatch("multipart/mixed; boundary=" + batch, Encoding.UTF8.GetBytes(body.ToString()));
    }

    public static void ThrowIfFailed(Response response, string operation)
    {
        string text = response.Content.ToString();
        foreach (Match part in StatusLine().Matches(text))
        {
            int status = int.Parse(part.Groups["status"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (status >= 300)
            {
                int bodyStart = text.IndexOf('{', part.Index);
                int bodyEnd = bodyStart < 0 ? -1 : text.IndexOf("\r\n--", bodyStart, StringComparison.Ordinal);
                string body = bodyStart < 0 ? string.Empty : text[bodyStart..(bodyEnd < 0 ? text.Length : bodyEnd)];
                throw StorageErrors.FromBatchPart(status, body, operation);
            }
        }
    }

    private static void Validate(IReadOnlyList<TableBatchOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count is 0 or > MaxOperations)
        {
            throw new ArgumentException($"A batch holds 1 to {MaxOperations} operations; this one has {operations.Count}.", nameof(operations));
        }

        string partition = operations[0].Entity.PartitionKey;
        if (operations.Any(o => o.Entity.PartitionKey != partition))
        {
            throw new ArgumentException("Every operation of a batch must have the same partition key.", nameof(operations));
        }

        if (operations.Select(o => o.Entity.RowKey).Distinct(StringComparer.Ordinal).Count() != operations.Count)
        {
            throw new ArgumentException("A batch may touch each entity only once.", nameof(operations));
        }
    }

    private static void AppendOperation(StringBuilder body, string changeset, string endpoint, string table, TableBatchOperation operation, int id)
    {
        TableEntity entity = operation.Entity;
        (string verb, string path) = operation.Action switch
        {
            TableBatchAction.Insert => ("POST", "/" + table),
            TableBatchAction.Upsert => ("PUT", TablePaths.Entity(table, entity.PartitionKey, entity.RowKey)),
            _ => ("DELETE", TablePaths.Entity(table, entity.PartitionKey, entity.RowKey)),
        };
        body.Append("--").Append(changeset).Append("\r\n")
            .Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n")
            .Append(verb).Append(' ').Append(endpoint).Append(path).Append(" HTTP/1.1\r\n")
            .Append("Content-ID: ").Append(id).Append("\r\n")
            .Append("Accept: application/json;odata=nometadata\r\nDataServiceVersion: 3.0;\r\n");
        if (operation.Action == TableBatchAction.Delete)
        {
            body.Append("If-Match: *\r\n\r\n");
            return;
        }

        body.Append("Content-Type: application/json\r\nPrefer: return-no-content\r\n\r\n")
            .Append(Encoding.UTF8.GetString(TableEntityJson.Write(entity))).Append("\r\n");
    }

    [GeneratedRegex(@"HTTP/1\.1 (?<status>\d{3})")]
    private static partial Regex StatusLine();
}
