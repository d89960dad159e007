using System.Globalization;
using System.Text;
using ImageryContracts.Testing.Faults;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;

namespace ImageryContracts.Testing.Hosting;

/// <summary>Applies the fault <see cref="FaultInjector"/> picks for a request, before or after the request is processed.</summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector faults, IVendorErrors errors, TimeProvider time, string basePath)
{
    private const string MalformedJson = "{\"id\": \"6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f\", \"status\": \"ord";

    private const string HtmlPage =
        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><h1>502 Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>\n";

    public async Task InvokeAsync(HttpContext context)
    {
        var fault = faults.Take(context.Request.Method, SpecPath.Of(context, basePath));
        if (fault is null)
        {
            await next(context);
            return;
        }

        SimulatorContext.MarkFault(context, fault.Kind);
        if (fault.Kind is FaultKind.CutBody or FaultKind.SlowBody)
        {
            var body = context.Response.Body;
            var faulty = new FaultyResponseBody(body, fault, time);
            context.Response.Body = faulty;
            try
            {
                await next(context);
            }
            catch (IOException) when (faulty.IsCut)
            {
                // The cut itself: the response ends short of its length, which is the fault.
            }
            finally
            {
                context.Response.Body = body;
            }

            return;
        }

        if (!fault.AfterProcessing)
        {
            if (fault.Kind == FaultKind.SlowResponse)
            {
                await Task.Delay(fault.Delay, time, context.RequestAborted);
                await next(context);
                return;
            }

            await WriteAsync(context, fault);
            return;
        }

        // Processed for real, then the response is swapped: the effect happened, the client never learns of it.
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (fault.Kind == FaultKind.SlowResponse)
        {
            await Task.Delay(fault.Delay, time, context.RequestAborted);
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }

        context.Response.Clear();
        await WriteAsync(context, fault);
    }

    private async Task WriteAsync(HttpContext context, Fault fault)
    {
        var response = context.Response;
        switch (fault.Kind)
        {
            case FaultKind.ConnectionReset:
                SimulatorContext.RecordNow(context);
                context.Abort();
                return;
            case FaultKind.MalformedJson:
                response.StatusCode = StatusCodes.Status200OK;
                response.ContentType = "application/json";
                await response.WriteAsync(MalformedJson, context.RequestAborted);
                return;
            case FaultKind.HtmlErrorPage:
                response.StatusCode = StatusCodes.Status502BadGateway;
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync(HtmlPage, context.RequestAborted);
                return;
            case FaultKind.TooManyRequests:
                await WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests; retry after the Retry-After delay.", fault.RetryAfter);
                return;
            case FaultKind.ServiceUnavailable:
                await WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "The service is temporarily unavailable; retry later.", fault.RetryAfter);
                return;
            default:
                await WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "Internal server error (injected by the simulator).", retryAfter: null);
                return;
        }
    }

    private async Task WriteErrorAsync(HttpContext context, int statusCode, string message, TimeSpan? retryAfter)
    {
        context.Response.StatusCode = statusCode;
        if (retryAfter is { } delay)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/json";
        var body = JsonConvert.SerializeObject(errors.Body(statusCode, message));
        await context.Response.WriteAsync(body, Encoding.UTF8, context.RequestAborted);
    }
}
