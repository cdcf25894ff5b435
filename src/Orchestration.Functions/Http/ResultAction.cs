using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Orchestration.Functions.Http;

/// <summary>
/// An <see cref="IResult"/> as an <see cref="IActionResult"/>. The Functions worker's ASP.NET Core integration executes
/// an <see cref="IActionResult"/> that an HTTP function returns (its proxying middleware calls
/// <see cref="IActionResult.ExecuteResultAsync"/>); the API's handlers return <see cref="IResult"/>, so the HTTP
/// functions wrap them in this.
/// </summary>
/// <param name="result">The handler's result.</param>
public sealed class ResultAction(IResult result) : IActionResult
{
    /// <summary>Gets the wrapped result.</summary>
    public IResult Result { get; } = result ?? throw new ArgumentNullException(nameof(result));

    /// <summary>Wraps a handler's result once it is ready.</summary>
    /// <param name="result">The handler's pending result.</param>
    /// <returns>The action result.</returns>
    public static async Task<IActionResult> From(Task<IResult> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ResultAction(await result);
    }

    /// <inheritdoc/>
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Result.ExecuteAsync(context.HttpContext);
    }
}
