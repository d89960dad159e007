using ImageryContracts.Testing.OneAtlas.Contract;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>
/// Binds a search body as the JSON object it is. The contract's DTO types each filter one way (a string range, a
/// GeoJSON polygon); the vendor's material also sends numbers, arrays, WKT and the reference's date objects, which
/// <see cref="CatalogueQuery"/> reads. Date-like strings stay strings, so a range is read as it was written.
/// </summary>
internal sealed class SearchBodyBinder : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        using var reader = new StreamReader(bindingContext.HttpContext.Request.Body);
        var text = await reader.ReadToEndAsync(bindingContext.HttpContext.RequestAborted);
        try
        {
            using var json = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            bindingContext.Result = JToken.ReadFrom(json) is JObject body
                ? ModelBindingResult.Success(new SearchOptions { Wire = body })
                : Failed(bindingContext, "The search body is not a JSON object; send the filters as {\"workspace\":\"public\",…}.");
        }
        catch (JsonException exception)
        {
            Failed(bindingContext, $"The search body is not JSON: {exception.Message}");
        }
    }

    private static ModelBindingResult Failed(ModelBindingContext bindingContext, string message)
    {
        bindingContext.ModelState.AddModelError(bindingContext.ModelName, message);
        return bindingContext.Result = ModelBindingResult.Failed();
    }
}
