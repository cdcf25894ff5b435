using Microsoft.AspNetCore.Http;
using Orchestration.Evidence.Rest;

namespace Orchestration.Api.Evidence;

/// <summary>The evidence routes' failures as RFC 9457 problem details.</summary>
internal static class EvidenceProblems
{
    public static IResult UnknownRun(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No evidence for this run",
        detail: $"The ledger holds no records and no seal of run '{id}'.",
        type: "https://orchestrationfunctions.dev/problems/unknown-run");

    public static IResult StoreUnavailable(StorageRequestException exception) => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The evidence store cannot be read",
        detail: exception.Message,
        type: "https://orchestrationfunctions.dev/problems/evidence-store-unavailable");
}
