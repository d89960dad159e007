using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.Testing.Tests.Conventions;

/// <summary>
/// Every package's registrations live in <c>Microsoft.Extensions.DependencyInjection</c>, as Microsoft.Extensions.* and
/// the Azure SDK do, so they appear where a team types <c>services.</c> with no using of ours. The packages are read from
/// <c>src/</c>, so a new package is checked too (and fails here until this project references it).
/// </summary>
public sealed class RegistrationNamespaceTests
{
    private const string Convention = "Microsoft.Extensions.DependencyInjection";

    [Fact]
    public void Every_public_registration_extension_of_every_package_is_in_the_dependency_injection_namespace()
    {
        var extensions = Packages().SelectMany(PublicRegistrationExtensions).ToList();

        Assert.All(extensions, method => Assert.True(
            method.DeclaringType!.Namespace == Convention,
            $"{method.DeclaringType.FullName}.{method.Name} extends {method.GetParameters()[0].ParameterType.Name} from namespace {method.DeclaringType.Namespace}; move the class to namespace {Convention}."));
        Assert.Superset(
            new HashSet<string> { "AddOneAtlas", "AddDataCosmos", "AddSqliteOrderJournal", "AddPostgreSqlOrderJournal" },
            extensions.Select(method => method.Name).ToHashSet());
    }

    [Fact]
    public void The_packages_put_nothing_but_registration_extensions_into_the_dependency_injection_namespace()
    {
        var borrowed = Packages().SelectMany(assembly => assembly.GetExportedTypes()).Where(type => type.Namespace == Convention);

        Assert.All(borrowed, type => Assert.True(
            type is { IsAbstract: true, IsSealed: true } && PublicRegistrationExtensions(type.Assembly).Any(method => method.DeclaringType == type),
            $"{type.FullName} is not a class of registration extensions; give it a namespace of the kit's own."));
    }

    private static IEnumerable<MethodInfo> PublicRegistrationExtensions(Assembly assembly) =>
        assembly.GetExportedTypes()
            .Where(type => type is { IsAbstract: true, IsSealed: true })
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.IsDefined(typeof(ExtensionAttribute), inherit: false)
                && method.GetParameters()[0].ParameterType is var extended
                && (extended == typeof(IServiceCollection) || extended == typeof(IHttpClientBuilder)));

    /// <summary>The assembly of every project under <c>src/</c>: each is a package.</summary>
    private static IEnumerable<Assembly> Packages()
    {
        var src = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "../../../src"));
        var names = Directory.GetFiles(src, "*.csproj", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            Assembly assembly;
            try
            {
                assembly = Assembly.Load(name!);
            }
            catch (FileNotFoundException)
            {
                throw new Xunit.Sdk.XunitException($"Package {name} is not loadable here; add a ProjectReference to src/{name}/{name}.csproj in ImageryContracts.Testing.Tests.csproj so its registrations are checked.");
            }

            yield return assembly;
        }
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
