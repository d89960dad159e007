using ImageryContracts.Testing.DataCosmos.Contract;
using ImageryContracts.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>DataCosmos errors as the vendor's standard envelope, <c>{"errors": [{message, field, type, source, trace_id}]}</c>.</summary>
internal sealed class DataCosmosErrors : IVendorErrors
{
    public object Body(int statusCode, string message, string? field = null) => new ErrorEnvelope
    {
        Errors =
        [
            new ErrorDetail
            {
                Message = message,
                Field = field,
                Type = statusCode switch
                {
                    StatusCodes.Status400BadRequest => "validation",
                    StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => "authorization",
                    StatusCodes.Status404NotFound => "not_found",
                    StatusCodes.Status409Conflict => "conflict",
                    StatusCodes.Status429TooManyRequests => "rate_limit",
                    _ => "server",
                },
                Source = "ordering",
                Trace_id = Guid.NewGuid().ToString("N"),
            },
        ],
    };
}
