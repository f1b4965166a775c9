using System.Text.RegularExpressions;
using MerchantDesk.Hosting;
using MerchantDesk.Storage;
using MerchantDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantDesk.Tests.Hosting;

/// <summary>
/// Every table, queue and blob container the app declares is created by infra/main.bicep too, so a deployment
/// shows operators all of them, and each queue's poison queue, before the first message needs one.
/// </summary>
public sealed partial class StorageResourcesContractTests
{
    public static TheoryData<StorageKind, string> DeclaredResources()
    {
        var configuration = TestConfiguration.Build(BoundOptions.EveryKeyAsInAzure());
        var services = new ServiceCollection().AddMerchantDesk(configuration);
        var declared = services
            .Where(d => d.ServiceType == typeof(StorageResource))
            .Select(d => (StorageResource)d.ImplementationInstance!)
            .Distinct();
        var data = new TheoryData<StorageKind, string>();
        foreach (var resource in declared)
        {
            data.Add(resource.Kind, resource.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeclaredResources))]
    public void MainBicep_EveryStorageResourceTheAppDeclares_IsCreated(StorageKind kind, string name)
    {
        var list = kind switch
        {
            StorageKind.Table => "tableNames",
            StorageKind.Queue => "queueNames",
            _ => "blobContainerNames",
        };

        Assert.True(
            BicepList(list).Contains(name),
            $"the app declares the {kind} '{name}', but infra/main.bicep's {list} does not create it");
    }

    private static HashSet<string> BicepList(string variable)
    {
        var bicep = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "main.bicep"));
        var list = Regex.Match(bicep, $@"var {variable} = \[(?<items>[^\]]*)\]").Groups["items"].Value;
        return Quoted().Matches(list).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();
}
