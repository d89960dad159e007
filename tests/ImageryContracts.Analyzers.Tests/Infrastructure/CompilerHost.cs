using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Tests.Infrastructure;

/// <summary>The compiler these tests run on, as the test project names it (AnalyzerTestHost.props) and as loaded.</summary>
internal static class CompilerHost
{
    /// <summary>The Roslyn version the project file asks for, such as 4.8.0 or 5.9.0.</summary>
    public static Version Expected { get; } = Version.Parse(
        typeof(CompilerHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CompilerHost").Value!);

    /// <summary>The Microsoft.CodeAnalysis assembly actually loaded.</summary>
    public static Version Loaded { get; } = typeof(Compilation).Assembly.GetName().Version!;

    /// <summary>
    /// Whether this compiler has an operation for collection expressions: Roslyn 4.9 added ICollectionExpressionOperation;
    /// 4.8 shows the expression as an operation of kind None.
    /// </summary>
    public static bool HasCollectionExpressionOperation => Loaded >= new Version(4, 9);
}
