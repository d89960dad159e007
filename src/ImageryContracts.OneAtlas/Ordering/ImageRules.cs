using ImageryContracts.Geometry;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Search;
using ImageryContracts.OneAtlas.Validation;
using ImageryContracts.Validation;

namespace ImageryContracts.OneAtlas.Ordering;

/// <summary>
/// Checks a price or order request for one catalogue image against that image before anything is sent: the spec's
/// sensor rules (x-imagery-sensors) for the image's own sensor, through the generated validator, and every product's
/// AOI against the image's footprint. A request alone names no sensor, so only this check catches, say, BASIC16 on a
/// Pléiades Neo image. Every problem names the image, its sensor, the values at fault and the fix.
/// </summary>
internal static class ImageRules
{
    public static ValidationResult Check(OneAtlasImage image, OrderRequest request)
    {
        var problems = new List<ValidationProblem>();
        var products = request.Products ?? [];
        for (var index = 0; index < products.Count; index++)
        {
            if (products[index].Id is { } id && id != image.Id)
            {
                problems.Add(new ValidationProblem(
                    Rules.RuleIds.IncompatibleSensors,
                    $"products/{index}/id is {id}, not image {image.Id} whose sensor and footprint are being checked; build the product from the image (image.Product(…)) or check it against its own image.",
                    [$"products/{index}/id"]));
            }
        }

        if (image.Sensor is not { } sensor)
        {
            problems.Add(new ValidationProblem(
                Rules.RuleIds.IncompatibleSensors,
                $"Image {image.Id} has the constellation '{image.Constellation ?? "(none)"}', which the OneAtlas spec maps to no sensor, so its order rules cannot be checked; order images of SPOT, PHR or PNEO.",
                ["sensor"]));
            return new ValidationResult(problems);
        }

        var described = $"Image {image.Id} is a {sensor.ToWireValue()} image ({image.Platform ?? image.Constellation})";
        problems.AddRange(OneAtlasValidator.Validate(request, sensor).Problems.Select(problem => problem.RuleId == Rules.RuleIds.IncompatibleSensors
            ? problem with { Message = $"{described}: {problem.Message}" }
            : problem));
        for (var index = 0; index < products.Count; index++)
        {
            if (FootprintProblem(image, described, products[index], index) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems.Count == 0 ? ValidationResult.Success : new ValidationResult(problems);
    }

    private static ValidationProblem? FootprintProblem(OneAtlasImage image, string described, Product product, int index)
    {
        var field = $"products/{index}/aoi";
        if (image.Footprint is not { } footprint)
        {
            return new ValidationProblem(GeoJsonPolygon.AoiRuleId, $"{described} and its search result has no footprint, so the AOI cannot be checked against it; search for the image again.", [field]);
        }

        if (product.Aoi?.Coordinates is not { } coordinates || !TryPolygon(coordinates, out var aoi) || !aoi.Validate(field).IsValid)
        {
            // A missing or malformed AOI is the generated validator's to report.
            return null;
        }

        return aoi.Intersects(footprint)
            ? null
            : new ValidationProblem(
                GeoJsonPolygon.AoiRuleId,
                $"The AOI of products/{index} ({Bounds(aoi)}) does not intersect the footprint of image {image.Id} ({Bounds(footprint)}), so nothing of the image would be delivered; draw the AOI inside the footprint, or search for an image that covers it.",
                [field]);
    }

    private static bool TryPolygon(List<List<List<double>>> coordinates, out GeoJsonPolygon polygon)
    {
        try
        {
            polygon = GeoJsonPolygon.FromCoordinates([.. coordinates.Select(ring => ring.Select(position => position.ToArray()).ToArray())]);
            return true;
        }
        catch (ArgumentException)
        {
            polygon = null!;
            return false;
        }
    }

    private static string Bounds(GeoJsonPolygon polygon)
    {
        var positions = polygon.ExteriorRing;
        return FormattableString.Invariant($"lon {positions.Min(p => p.Longitude):0.####}..{positions.Max(p => p.Longitude):0.####}, lat {positions.Min(p => p.Latitude):0.####}..{positions.Max(p => p.Latitude):0.####}");
    }
}
