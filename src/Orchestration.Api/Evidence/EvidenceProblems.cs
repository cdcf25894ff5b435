using Microsoft.AspNetCore.Http;
using Orchestration.Api.Problems;
using Orchestration.Evidence.Storage;

namespace Orchestration.Api.Evidence;

/// <summary>The evidence routes' failures as RFC 9457 problem details, typed like every other API problem.</summary>
internal static class EvidenceProblems
{
    public static IResult UnknownRun(string id) => ApiProblems.Problem(
        StatusCodes.Status404NotFound, "unknown-run", "No evidence for this run", $"The ledger holds no records and no seal of run '{id}'.");

    public static IResult StoreUnavailable(EvidenceStorageException exception) => ApiProblems.Problem(
        StatusCodes.Status503ServiceUnavailable, "evidence-store-unavailable", "The evidence store cannot be read", exception.Message);
}
