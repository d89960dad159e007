using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ImageryContracts.Analyzers.Tests.Infrastructure;

/// <summary>What the code under test compiles against: .NET 8 and the net8.0 build of ImageryContracts.Core.</summary>
internal static class TestReferences
{
    /// <summary>
    /// Named by hand because <c>ReferenceAssemblies.Net.Net80</c> asks for Microsoft.NETCore.App.Ref 8.0.0, which the
    /// package mirror does not serve.
    /// </summary>
    public static ReferenceAssemblies Net80 { get; } = new(
        "net8.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.33"),
        Path.Combine("ref", "net8.0"));

    public static MetadataReference Core { get; } =
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "core-net8.0", "ImageryContracts.Core.dll"));
}
