using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// Every file of the Kiota-shaped client of one spec: models (each with its JSON part), the JSON enum and nested-collection helpers, request builders, the root
/// client and the validator overloads that take request models. The enums, the CRS code type and the validator core
/// come from part 1's emitters.
/// </summary>
public static class ClientFiles
{
    /// <summary>The client's files, in a stable order.</summary>
    /// <param name="spec">The parsed spec.</param>
    /// <param name="cancellationToken">Cancels emission between files.</param>
    /// <returns>The files.</returns>
    public static IReadOnlyList<GeneratedFile> Of(ApiSpec spec, CancellationToken cancellationToken)
    {
        var types = new ClientTypeResolver(spec);
        var models = ClientModels.Of(spec, types);
        var byType = models.ToDictionary(m => $"global::{ClientNames.ModelsNamespace(spec)}.{m.Name}");
        var root = UrlTree.Build(spec);
        var files = new List<GeneratedFile>();
        foreach (var model in models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(ModelEmitter.Emit(spec, model, byType));
            files.Add(JsonModelEmitter.Emit(spec, model));
        }

        files.AddRange(JsonEnumsEmitter.Emit(spec, models));

        files.AddRange(NestedCollectionsEmitter.Emit(spec, ModelEmitter.NestedCollections(models)));
        files.AddRange(ObjectMapsEmitter.Emit(spec, models));
        foreach (var node in root.SelfAndDescendants().Skip(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(RequestBuilderEmitter.Emit(node, types));
        }

        files.Add(RootClientEmitter.Emit(spec, root, types));
        files.AddRange(ModelValidatorEmitter.Emit(spec, models, types));

        // Two spec names with one C# name (reported as IMG0007) would give two files one hint name; keep the first.
        return files.GroupBy(f => f.HintName).Select(g => g.First()).ToList();
    }
}
