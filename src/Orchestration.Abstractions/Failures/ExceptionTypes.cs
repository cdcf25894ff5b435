using System.Collections.Concurrent;

namespace Orchestration.Abstractions;

/// <summary>Resolves recorded exception type names to loaded types, so failure details can be matched by base type.</summary>
internal static class ExceptionTypes
{
    private static readonly ConcurrentDictionary<string, Type?> Cache = new(StringComparer.Ordinal);

    public static Type? Find(string fullName) => Cache.GetOrAdd(fullName, static name =>
        Type.GetType(name, throwOnError: false)
        ?? AppDomain.CurrentDomain.GetAssemblies()
            .Select(assembly => assembly.GetType(name, throwOnError: false))
            .FirstOrDefault(type => type is not null));
}
