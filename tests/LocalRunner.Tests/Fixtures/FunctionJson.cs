namespace LocalRunner.Tests.Fixtures;

/// <summary>functions.metadata entries in the exact shape the Worker SDK writes, for fixture functions.</summary>
internal static class FunctionJson
{
    public static string Http(string name, string entryPoint, string route, string methods, string auth = "Anonymous")
    {
        return Entry(name, entryPoint, $$$"""
            {"name":"request","direction":"In","type":"httpTrigger","authLevel":"{{{auth}}}",
             "methods":[{{{methods}}}],"route":"{{{route}}}","properties":{}},
            {"name":"$return","type":"http","direction":"Out"}
            """);
    }

    public static string Queue(
        string name,
        string entryPoint,
        string parameter,
        string queueName,
        string connection = "AzureWebJobsStorage")
    {
        return Entry(name, entryPoint, $$$"""
            {"name":"{{{parameter}}}","direction":"In","type":"queueTrigger","dataType":"String",
             "queueName":"{{{queueName}}}","connection":"{{{connection}}}","properties":{}}
            """);
    }

    public static string Timer(string name, string entryPoint, string schedule, bool runOnStartup = false)
    {
        return Entry(name, entryPoint, $$$"""
            {"name":"timer","direction":"In","type":"timerTrigger","schedule":"{{{schedule}}}",
             "runOnStartup":{{{(runOnStartup ? "true" : "false")}}},"properties":{}}
            """);
    }

    private static string Entry(string name, string entryPoint, string bindings)
    {
        return $$$"""
            {"name":"{{{name}}}","scriptFile":"LocalRunner.Tests.dll",
             "entryPoint":"LocalRunner.Tests.Fixtures.{{{entryPoint}}}","language":"dotnet-isolated",
             "properties":{"IsCodeless":false},"bindings":[{{{bindings}}}]}
            """;
    }
}
