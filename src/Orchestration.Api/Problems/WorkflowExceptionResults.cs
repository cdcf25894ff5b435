using Microsoft.AspNetCore.Http;
using Orchestration.Abstractions;

namespace Orchestration.Api.Problems;

/// <summary>Turns the seam's refusals into the answers Durable Functions gives for them.</summary>
internal static class WorkflowExceptionResults
{
    public static async Task<IResult> AnswerAsync(Func<Task<IResult>> operation)
    {
        try
        {
            return await operation();
        }
        catch (WorkflowInstanceNotFoundException missing)
        {
            return ApiProblems.RunNotFound(missing.InstanceId);
        }
        catch (WorkflowInstanceNotRunningException finished)
        {
            return ApiProblems.RunNotRunning(finished);
        }
        catch (WorkflowInstanceExistsException exists)
        {
            return ApiProblems.RunExists(exists);
        }
        catch (ArgumentException invalid)
        {
            return ApiProblems.BadArgument(invalid.Message);
        }
    }
}
