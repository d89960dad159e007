using System.Net;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.Ledger;
using ImageryContracts.Testing.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.Testing.Hosting;

/// <summary>Starts a simulator's Kestrel host on 127.0.0.1 with its one controller, the request log and fault injection.</summary>
internal static class SimulatorHost
{
    /// <summary>Starts the host and returns it with its root URL (<c>http://127.0.0.1:port</c>, the real port when 0 was asked).</summary>
    public static async Task<(WebApplication App, string RootUrl)> StartAsync(SimulatorHostSettings settings, FaultInjector faults, RequestLog log)
    {
        if (settings.Port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.Port, $"Port {settings.Port} is not a TCP port; give 0 (a free port) or 1-{IPEndPoint.MaxPort}.");
        }

        // The empty builder reads no configuration files or environment variables and watches no files: many
        // simulators can run side by side in one test process.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(SimulatorHost).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, settings.Port));
        builder.Services.AddSingleton(settings.Errors);
        builder.Services.AddSingleton(settings.Time);
        settings.AddServices(builder.Services);
        builder.Services
            .AddControllers()
            .AddNewtonsoftJson()
            .ConfigureApplicationPartManager(parts =>
            {
                foreach (var provider in parts.FeatureProviders.OfType<ControllerFeatureProvider>().ToArray())
                {
                    parts.FeatureProviders.Remove(provider);
                }

                parts.FeatureProviders.Add(new SingleControllerFeatureProvider(settings.Controller));
            })
            .ConfigureApiBehaviorOptions(api => api.InvalidModelStateResponseFactory = context =>
            {
                var errors = context.ModelState
                    .Where(entry => entry.Value is { Errors.Count: > 0 })
                    .SelectMany(entry => entry.Value!.Errors.Select(error => (Field: entry.Key, Error: error)))
                    .ToArray();

                // A body that failed to deserialize also reports "the body field is required": the parse error says more.
                var parseErrors = errors.Where(error => error.Error.Exception is not null).ToArray();
                var problems = (parseErrors.Length > 0 ? parseErrors : errors)
                    .Select(error => (error.Field, Message: Describe(error.Field, error.Error)))
                    .ToArray();
                var message = string.Join(" ", problems.Select(problem => problem.Message));
                return new BadRequestObjectResult(settings.Errors.Body(StatusCodes.Status400BadRequest, message, problems.FirstOrDefault().Field));
            });

        var app = builder.Build();
        app.UseMiddleware<RequestLogMiddleware>(log, settings.BasePath);
        app.UseMiddleware<FaultMiddleware>(faults, settings.Errors, settings.Time, settings.BasePath);
        app.MapControllers();
        // Vendor simulators keep an order ledger for the crash tests' count; the plain file server has none.
        if (app.Services.GetService<IOrderLedger>() is { } ledger)
        {
            LedgerEndpoint.Map(app, ledger);
        }

        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, address.TrimEnd('/'));
    }

    private static string Describe(string field, Microsoft.AspNetCore.Mvc.ModelBinding.ModelError error)
    {
        var text = string.IsNullOrEmpty(error.ErrorMessage) ? error.Exception?.Message ?? "is invalid" : error.ErrorMessage;
        return field.Length == 0 || text.Contains(field, StringComparison.OrdinalIgnoreCase) ? text : $"{field}: {text}";
    }
}
