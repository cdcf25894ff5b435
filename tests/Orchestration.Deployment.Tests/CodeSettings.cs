using System.Reflection;

namespace Orchestration.Deployment.Tests;

/// <summary>
/// The settings the Functions app's code reads, collected from the code itself: every <c>const string</c> of every
/// static class named <c>*SettingNames</c>, and every options class bound from a section (a <c>const string
/// SectionName</c>) in the product's assemblies. A setting added to the code this way is checked without a test edit.
/// </summary>
internal static class CodeSettings
{
    public static IReadOnlyList<Assembly> ProductAssemblies { get; } = LoadProductAssemblies();

    /// <summary>Gets the named settings, as configuration keys (<c>Section:Key</c>).</summary>
    public static IReadOnlyList<NamedSetting> Named { get; } =
    [
        .. from type in ProductAssemblies.SelectMany(assembly => assembly.GetExportedTypes())
           where type.IsAbstract && type.IsSealed && type.Name.EndsWith("SettingNames", StringComparison.Ordinal)
           from field in type.GetFields(BindingFlags.Public | BindingFlags.Static)
           where field.IsLiteral && field.FieldType == typeof(string)
           select new NamedSetting((string)field.GetRawConstantValue()!, $"{type.FullName}.{field.Name}"),
    ];

    /// <summary>Gets the options classes bound from a configuration section.</summary>
    public static IReadOnlyList<OptionsSection> Sections { get; } =
    [
        .. from type in ProductAssemblies.SelectMany(assembly => assembly.GetExportedTypes())
           let field = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)
           where field is { IsLiteral: true } && field.FieldType == typeof(string)
           select new OptionsSection((string)field.GetRawConstantValue()!, type),
    ];

    /// <summary>Tells whether the code reads <paramref name="key"/> (a configuration key, <c>:</c>-separated).</summary>
    public static bool Reads(string key) =>
        Named.Any(setting => string.Equals(setting.Key, key, StringComparison.OrdinalIgnoreCase))
        || Sections.Any(section => section.Binds(key));

    private static List<Assembly> LoadProductAssemblies()
    {
        List<Assembly> assemblies = [];
        foreach (string path in Directory.EnumerateFiles(AppContext.BaseDirectory, "Orchestration.*.dll"))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            if (!name.EndsWith(".Tests", StringComparison.Ordinal))
            {
                assemblies.Add(Assembly.Load(new AssemblyName(name)));
            }
        }

        return assemblies;
    }
}

/// <summary>A setting named by a constant.</summary>
/// <param name="Key">The configuration key.</param>
/// <param name="DeclaredAt">The constant, for messages.</param>
internal sealed record NamedSetting(string Key, string DeclaredAt)
{
    /// <summary>Gets the key as an app setting or environment variable (<c>__</c> for <c>:</c>).</summary>
    public string AppSettingName => AppSettingNames.FromKey(Key);
}

/// <summary>An options class and the section it is bound from.</summary>
/// <param name="Name">The section, <c>:</c>-separated.</param>
/// <param name="OptionsType">The options class.</param>
internal sealed record OptionsSection(string Name, Type OptionsType)
{
    /// <summary>Tells whether a key lies in this section and names a public property of the options class.</summary>
    /// <param name="key">The configuration key.</param>
    /// <returns>True when binding would use the key.</returns>
    public bool Binds(string key)
    {
        string prefix = Name + ":";
        if (!key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string property = key[prefix.Length..].Split(':')[0];
        return OptionsType.GetProperty(property, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is not null;
    }
}

/// <summary>Configuration keys as app settings: Linux app settings and environment variables write <c>:</c> as <c>__</c>.</summary>
internal static class AppSettingNames
{
    public static string FromKey(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    public static string ToKey(string appSetting) => appSetting.Replace("__", ":", StringComparison.Ordinal);

    /// <summary>Tells whether <paramref name="declared"/> sets <paramref name="setting"/>, itself or as an identity-based connection's part.</summary>
    /// <param name="declared">The names declared (app settings).</param>
    /// <param name="setting">The setting the code reads, as an app setting name.</param>
    /// <returns>True when declared.</returns>
    public static bool Declares(IEnumerable<string> declared, string setting) => declared.Any(name =>
        string.Equals(name, setting, StringComparison.OrdinalIgnoreCase)
        || name.StartsWith(setting + "__", StringComparison.OrdinalIgnoreCase));
}
