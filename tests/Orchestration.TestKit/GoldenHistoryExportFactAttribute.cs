using Xunit;

namespace Orchestration.TestKit;

/// <summary>A fact that regenerates golden histories: it runs only when UPDATE_GOLDEN_HISTORIES=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class GoldenHistoryExportFactAttribute : FactAttribute
{
    /// <summary>Initializes a new instance of the <see cref="GoldenHistoryExportFactAttribute"/> class.</summary>
    public GoldenHistoryExportFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN_HISTORIES") != "1")
        {
            Skip = "Regenerates the golden histories; set UPDATE_GOLDEN_HISTORIES=1 to run it.";
        }
    }
}
