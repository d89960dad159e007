using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace ImageryContracts.Testing.Hosting;

/// <summary>
/// Exposes exactly one controller: both simulators live in one assembly, and a OneAtlas simulator must not also
/// answer DataCosmos routes (nor pick up controllers from the test assembly that hosts it).
/// </summary>
internal sealed class SingleControllerFeatureProvider(Type controller) : IApplicationFeatureProvider<ControllerFeature>
{
    public void PopulateFeature(IEnumerable<ApplicationPart> parts, ControllerFeature feature)
    {
        feature.Controllers.Clear();
        feature.Controllers.Add(controller.GetTypeInfo());
    }
}
