using Microsoft.CodeAnalysis.Testing;

namespace ImageryContracts.Analyzers.Tests.Infrastructure;

/// <summary>Puts a consumer file, the fake generated vendor files and the Core reference into a test project.</summary>
internal static class TestSources
{
    public const string ConsumerFileName = "/0/Test0.cs";

    public static void AddTo(SolutionState state, string consumer, string oneAtlasGenerated)
    {
        state.Sources.Add((ConsumerFileName, consumer));
        state.Sources.Add((FakeVendors.OneAtlasFileName, oneAtlasGenerated));
        state.Sources.Add((FakeVendors.DataCosmosFileName, FakeVendors.DataCosmos));
        state.AdditionalReferences.Add(TestReferences.Core);
    }
}
