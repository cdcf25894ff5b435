using System.Threading.Channels;

namespace Orchestration.Engine.Storage;

/// <summary>
/// Group commit: one writer thread takes every commit request waiting at that moment and applies them in one
/// transaction, each inside its own savepoint, so many runs share one fsync and one failing request rolls back
/// alone. Callers learn their outcome only after the commit is durable.
/// </summary>
internal sealed class CommitQueue : IDisposable
{
    private readonly Channel<CommitRequest> requests = Channel.CreateUnbounded<CommitRequest>(
        new UnboundedChannelOptions { SingleReader = true });

    private readonly StatementCache writer;
    private readonly int maxBatch;
    private readonly Thread thread;

    public CommitQueue(StatementCache writer, int maxBatch)
    {
        this.writer = writer;
        this.maxBatch = maxBatch;
        thread = new Thread(Run) { IsBackground = true, Name = "orchestration-commit" };
        thread.Start();
    }

    public Task<T> ExecuteAsync<T>(Func<StatementCache, T> work)
    {
        CommitRequest<T> request = new(work);
        if (!requests.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(CommitQueue), "The engine is stopping; nothing was written.");
        }

        return request.Task;
    }

    public void Dispose()
    {
        requests.Writer.TryComplete();
        thread.Join();
        writer.Dispose();
    }

    private void Run()
    {
        List<CommitRequest> batch = new(maxBatch);
        ChannelReader<CommitRequest> reader = requests.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < maxBatch && reader.TryRead(out CommitRequest? request))
            {
                batch.Add(request);
            }

            Commit(batch);
            batch.Clear();
        }
    }

    private void Commit(List<CommitRequest> batch)
    {
        try
        {
            using (Microsoft.Data.Sqlite.SqliteTransaction transaction = writer.Connection.BeginTransaction())
            {
                writer.Transaction = transaction;
                foreach (CommitRequest request in batch)
                {
                    ApplyInSavepoint(request);
                }

                transaction.Commit();
            }

            writer.Transaction = null;
        }
        catch (Exception failure)
        {
            writer.Transaction = null;
            batch.ForEach(request => request.Fail(failure));
            return;
        }

        batch.ForEach(request => request.Publish());
    }

    private void ApplyInSavepoint(CommitRequest request)
    {
        writer.Execute("SAVEPOINT request");
        try
        {
            request.Apply(writer);
            writer.Execute("RELEASE request");
        }
        catch (Exception failure)
        {
            writer.Execute("ROLLBACK TO request");
            writer.Execute("RELEASE request");
            request.Reject(failure);
        }
    }

    private abstract class CommitRequest
    {
        public abstract void Apply(StatementCache writer);

        public abstract void Reject(Exception failure);

        public abstract void Publish();

        public abstract void Fail(Exception failure);
    }

    private sealed class CommitRequest<T>(Func<StatementCache, T> work) : CommitRequest
    {
        // Continuations must not run on the writer thread: it would stall every other commit.
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;
        private Exception? rejection;

        public Task<T> Task => completion.Task;

        public override void Apply(StatementCache writer) => result = work(writer);

        public override void Reject(Exception failure) => rejection = failure;

        public override void Publish()
        {
            if (rejection is null)
            {
                completion.TrySetResult(result!);
            }
            else
            {
                completion.TrySetException(rejection);
            }
        }

        public override void Fail(Exception failure) => completion.TrySetException(rejection ?? failure);
    }
}
