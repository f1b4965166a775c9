using Azure.Core.Serialization;
using MerchantDesk.Api;
using MerchantDesk.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddMerchantDesk(builder.Configuration);

// Queue messages bound to classes are read with the same JSON rules they were written with.
builder.Services.Configure<WorkerOptions>(worker =>
    worker.Serializer = new JsonObjectSerializer(MerchantDeskJson.Options));

await builder.Build().RunAsync();
