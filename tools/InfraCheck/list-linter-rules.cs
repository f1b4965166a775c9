// Prints the code of every linter rule a Bicep CLI binary has, one a line, so the check can prove that
// infra/bicepconfig.json sets every one of them. The CLI is a .NET single-file bundle: this reads the
// bundle's manifest, unpacks its assemblies to a temporary folder and reflects over the rule classes.
// Usage: dotnet run --file list-linter-rules.cs -- <path to bicep>
#:property PublishAot=false

using System.IO.Compression;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run --file list-linter-rules.cs -- <path to bicep>");
    return 2;
}

var folder = Directory.CreateTempSubdirectory("bicep-bundle-");
try
{
    BundleReader.Extract(File.ReadAllBytes(args[0]), folder.FullName);
    foreach (var code in LinterRules.Codes(folder.FullName))
    {
        Console.WriteLine(code);
    }

    return 0;
}
finally
{
    folder.Delete(recursive: true);
}

internal static class LinterRules
{
    private const string RulesNamespace = "Bicep.Core.Analyzers.Linter.Rules";

    public static IEnumerable<string> Codes(string assemblies)
    {
        var context = new AssemblyLoadContext("bicep", isCollectible: true);
        context.Resolving += (loader, name) =>
        {
            var path = Path.Combine(assemblies, name.Name + ".dll");
            return File.Exists(path) ? loader.LoadFromAssemblyPath(path) : null;
        };

        var core = context.LoadFromAssemblyPath(Path.Combine(assemblies, "Azure.Bicep.Core.dll"));
        return LoadableTypes(core)
            .Where(type => type.Namespace == RulesNamespace && type is { IsClass: true, IsAbstract: false })
            .Select(type => type.GetField(
                "Code",
                BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(field => field is { IsLiteral: true })
            .Select(field => (string)field!.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}

/// <summary>Reads a .NET single-file bundle (manifest format 6, .NET 6 and later).</summary>
internal static class BundleReader
{
    // SHA-256 of ".net core bundle"; the bundle header's offset is the 8 bytes before it.
    private static readonly byte[] Signature =
    [
        0x8b, 0x12, 0x02, 0xb9, 0x6a, 0x61, 0x20, 0x38, 0x72, 0x7b, 0x93, 0x02, 0x14, 0xd7, 0xa0, 0x32,
        0x13, 0xf5, 0xb9, 0xe6, 0xef, 0xae, 0x33, 0x18, 0xee, 0x3b, 0x2d, 0xce, 0x24, 0xb3, 0x6a, 0xae,
    ];

    public static void Extract(byte[] bundle, string destination)
    {
        var signatureAt = bundle.AsSpan().IndexOf(Signature);
        if (signatureAt < 8)
        {
            throw new InvalidDataException("not a .NET single-file bundle");
        }

        var reader = new BinaryReader(new MemoryStream(bundle), Encoding.UTF8);
        reader.BaseStream.Position = BitConverter.ToInt64(bundle, signatureAt - 8);
        var major = reader.ReadInt32();
        reader.ReadInt32(); // minor version
        var fileCount = reader.ReadInt32();
        reader.ReadString(); // bundle id
        if (major < 6)
        {
            throw new InvalidDataException($"bundle manifest version {major} is not supported");
        }

        reader.BaseStream.Position += (4 * sizeof(long)) + sizeof(ulong); // deps.json, runtimeconfig.json, flags
        for (var i = 0; i < fileCount; i++)
        {
            var offset = reader.ReadInt64();
            var size = reader.ReadInt64();
            var compressedSize = reader.ReadInt64();
            reader.ReadByte(); // file type
            var relativePath = reader.ReadString();
            if (relativePath.EndsWith(".dll", StringComparison.Ordinal) && !relativePath.Contains('/'))
            {
                WriteEntry(bundle, offset, size, compressedSize, Path.Combine(destination, relativePath));
            }
        }
    }

    private static void WriteEntry(byte[] bundle, long offset, long size, long compressedSize, string path)
    {
        using var output = File.Create(path);
        if (compressedSize == 0)
        {
            output.Write(bundle, (int)offset, (int)size);
            return;
        }

        using var deflate = new DeflateStream(
            new MemoryStream(bundle, (int)offset, (int)compressedSize),
            CompressionMode.Decompress);
        deflate.CopyTo(output);
    }
}
