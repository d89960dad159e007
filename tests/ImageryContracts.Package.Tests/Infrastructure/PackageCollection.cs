namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>Every package test shares one pack and runs one at a time (they build, which needs the whole machine).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedKit>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packed kit";
}
