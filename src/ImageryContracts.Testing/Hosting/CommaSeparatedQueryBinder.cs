using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ImageryContracts.Testing.Hosting;

/// <summary>
/// Binds a query array written as the spec's <c>style: form, explode: false</c> says, <c>bbox=1.35,43.55,1.5,43.65</c>,
/// into a list of strings or numbers (repeated keys are accepted too). ASP.NET Core binds only the repeated-key form
/// by itself, and would refuse the comma-joined one.
/// </summary>
internal sealed class CommaSeparatedQueryBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var values = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (values == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var parts = values.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (bindingContext.ModelType.IsAssignableFrom(typeof(List<string>)))
        {
            bindingContext.Result = ModelBindingResult.Success(parts);
            return Task.CompletedTask;
        }

        var numbers = new List<double>(parts.Count);
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                bindingContext.ModelState.AddModelError(bindingContext.ModelName, $"{bindingContext.ModelName}: '{part}' is not a number; send comma-separated numbers with a dot as decimal separator.");
                bindingContext.Result = ModelBindingResult.Failed();
                return Task.CompletedTask;
            }

            numbers.Add(number);
        }

        bindingContext.Result = ModelBindingResult.Success(numbers);
        return Task.CompletedTask;
    }
}
