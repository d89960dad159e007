using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ImageryContracts.Testing.Hosting;

/// <summary>
/// Binds a token request sent as a form or as JSON. The specs declare form (OneAtlas) or both (DataCosmos, whose
/// docs show each), but NSwag's controllers bind only JSON bodies; the wire names and enum values are then read by
/// the same Newtonsoft contract as a JSON body, so <c>grant_type=api_key</c> binds exactly as <c>"api_key"</c> would.
/// </summary>
internal sealed class FormOrJsonBodyBinder : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var request = bindingContext.HttpContext.Request;
        JObject json;
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(bindingContext.HttpContext.RequestAborted);
                json = new JObject(form.Select(field => new JProperty(field.Key, field.Value.ToString())));
            }
            else
            {
                using var reader = new StreamReader(request.Body);
                json = JObject.Parse(await reader.ReadToEndAsync(bindingContext.HttpContext.RequestAborted));
            }

            var settings = bindingContext.HttpContext.RequestServices.GetRequiredService<IOptions<MvcNewtonsoftJsonOptions>>().Value.SerializerSettings;
            bindingContext.Result = ModelBindingResult.Success(json.ToObject(bindingContext.ModelType, JsonSerializer.Create(settings)));
        }
        catch (JsonException exception)
        {
            bindingContext.ModelState.AddModelError(bindingContext.ModelName, exception.Message);
            bindingContext.Result = ModelBindingResult.Failed();
        }
    }
}
