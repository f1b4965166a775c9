using System.Net;
using System.Text.RegularExpressions;

namespace MerchantDesk.Tests.Support;

/// <summary>The first form of a page as a browser sees it: where it posts and which fields it has.</summary>
public sealed partial record HtmlForm(
    string Method,
    string Action,
    IReadOnlyDictionary<string, string> Hidden,
    IReadOnlyList<string> Fields)
{
    public static HtmlForm Of(string html)
    {
        var form = FormTag().Match(html);
        Assert.True(form.Success, "the page has no form: " + html);
        var inputs = InputTag().Matches(form.Groups["body"].Value);
        var hidden = inputs.Where(i => i.Groups["type"].Value == "hidden")
            .ToDictionary(i => i.Groups["name"].Value, i => WebUtility.HtmlDecode(i.Groups["value"].Value));
        var fields = inputs.Select(i => i.Groups["name"].Value).ToList();
        return new HtmlForm(
            form.Groups["method"].Value,
            WebUtility.HtmlDecode(form.Groups["action"].Value),
            hidden,
            fields);
    }

    /// <summary>The form's fields with <paramref name="typed"/> filled in, hidden ones as the page set them.</summary>
    public FormUrlEncodedContent Submit(IDictionary<string, string> typed)
    {
        var missing = typed.Keys.Except(Fields).ToList();
        Assert.True(missing.Count == 0, "the form has no field " + string.Join(", ", missing));
        return new FormUrlEncodedContent(Hidden.Concat(typed));
    }

    [GeneratedRegex("""<form method="(?<method>\w+)" action="(?<action>[^"]*)"[^>]*>(?<body>.*?)</form>""",
        RegexOptions.Singleline)]
    private static partial Regex FormTag();

    [GeneratedRegex("""<input(?: type="(?<type>\w+)")? name="(?<name>[^"]+)"(?: value="(?<value>[^"]*)")?""")]
    private static partial Regex InputTag();
}
