using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.Requests;
using Microsoft.AspNetCore.Http;

namespace ImageryContracts.Testing.Hosting;

/// <summary>Records every request with its body and outcome, faults included; the outermost middleware.</summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log, string basePath)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var sequence = log.NextSequence();
        context.Request.EnableBuffering();
        string body;
        using (var reader = new StreamReader(context.Request.Body, leaveOpen: true))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        context.Request.Body.Position = 0;
        int? status = null;
        var recorded = 0;
        void Record()
        {
            if (Interlocked.Exchange(ref recorded, 1) == 1)
            {
                return;
            }

            var fault = SimulatorContext.Fault(context);
            log.Add(new RecordedRequest(
                sequence,
                context.Request.Method,
                SpecPath.Of(context, basePath),
                context.Request.QueryString.Value ?? "",
                body,
                fault == FaultKind.ConnectionReset ? null : status,
                SimulatorContext.CreatedOrderId(context),
                fault)
            {
                Range = context.Request.Headers.Range.Count > 0 ? context.Request.Headers.Range.ToString() : null,
            });
        }

        // Recorded as the response starts, before any byte reaches the client: a test that reads the log right after
        // its call returns must find that call there. The finally covers requests whose response never starts.
        SimulatorContext.OnRecord(context, Record);
        context.Response.OnStarting(() =>
        {
            status = context.Response.StatusCode;
            Record();
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        catch (Exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            status = StatusCodes.Status500InternalServerError;
            throw;
        }
        finally
        {
            Record();
        }
    }
}
