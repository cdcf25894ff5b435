using Microsoft.AspNetCore.Http;

namespace Orchestration.Api.Security;

/// <summary>The answer to a request without a valid key: 401, problem details, nothing changed.</summary>
internal static class KeyProblems
{
    public static IResult MissingKey() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "A valid key is required",
        detail: $"Send the key in the '{ApiKeys.HeaderName}' header or the '{ApiKeys.QueryName}' query parameter.",
        type: "https://orchestrationfunctions.dev/problems/unauthorized");
}
