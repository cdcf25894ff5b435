using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Api.Problems;

namespace Orchestration.Api.Security;

/// <summary>Puts routes behind the system key.</summary>
public static class KeyEndpointExtensions
{
    /// <summary>Answers 401 with problem details, before the handler runs, unless the request carries the system key.</summary>
    /// <typeparam name="TBuilder">The endpoint builder.</typeparam>
    /// <param name="builder">The route or group.</param>
    /// <returns>The builder.</returns>
    public static TBuilder RequireSystemKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(static async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<ApiKeys>().AllowsManagement(context.HttpContext)
                ? await next(context)
                : ApiProblems.MissingKey());
}
