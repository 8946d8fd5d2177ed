using System.Text.Json;

namespace RoboMakerDeploy.Tests.Validation;

/// <summary>The generated constraint table is exactly service-2.json, so it cannot drift from the model.</summary>
public sealed class ServiceModelConstraintsTests
{
    private static readonly Dictionary<string, ShapeKind> Kinds = new(StringComparer.Ordinal)
    {
        ["string"] = ShapeKind.String, ["integer"] = ShapeKind.Integer, ["long"] = ShapeKind.Long, ["float"] = ShapeKind.Float,
        ["double"] = ShapeKind.Double, ["boolean"] = ShapeKind.Boolean, ["timestamp"] = ShapeKind.Timestamp, ["blob"] = ShapeKind.Blob,
        ["list"] = ShapeKind.List, ["map"] = ShapeKind.Map, ["structure"] = ShapeKind.Structure,
    };

    private static JsonElement Shapes()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "service-model", "service-2.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("shapes").Clone();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetDouble() : null;

    private static string? Target(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetProperty("shape").GetString() : null;

    [Fact]
    public void The_table_holds_every_shape_of_the_model_and_no_other()
    {
        var modelNames = Shapes().EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        var tableNames = ServiceModelConstraints.All.Select(s => s.Name).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(290, modelNames.Length);
        Assert.Equal(modelNames, tableNames);
    }

    [Fact]
    public void Every_shape_matches_the_model_exactly()
    {
        var table = ServiceModelConstraints.All.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var memberRows = 0;
        foreach (var property in Shapes().EnumerateObject())
        {
            var model = property.Value;
            var shape = table[property.Name];
            var where = property.Name;

            Assert.True(Kinds[model.GetProperty("type").GetString()!] == shape.Kind, where + " type");
            Assert.True(Number(model, "min") == shape.Min, where + " min");
            Assert.True(Number(model, "max") == shape.Max, where + " max");
            Assert.True(Text(model, "pattern") == shape.Pattern, where + " pattern");
            var modelEnum = model.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToArray() : null;
            Assert.True(modelEnum is null ? shape.Enum is null : shape.Enum is not null && modelEnum.SequenceEqual(shape.Enum), where + " enum");
            Assert.True(Target(model, "member") == shape.Member?.Name, where + " member");
            Assert.True(Target(model, "key") == shape.Key?.Name, where + " key");
            Assert.True(Target(model, "value") == shape.Value?.Name, where + " value");

            var required = model.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()!).ToHashSet() : [];
            var modelMembers = model.TryGetProperty("members", out var members) ? members.EnumerateObject().ToArray() : [];
            Assert.True(modelMembers.Length == shape.Members.Count, where + " member count");
            for (var i = 0; i < modelMembers.Length; i++)
            {
                var (name, member) = (modelMembers[i].Name, modelMembers[i].Value);
                var row = shape.Members[i];
                var at = $"{where}.{name}";
                Assert.True(name == row.Name, at + " name/order");
                Assert.True(member.GetProperty("shape").GetString() == row.Shape.Name, at + " shape");
                Assert.True(required.Contains(name) == row.Required, at + " required");
                Assert.True((member.TryGetProperty("idempotencyToken", out var token) && token.GetBoolean()) == row.IdempotencyToken, at + " idempotencyToken");
                Assert.True(Text(member, "location") == row.Location, at + " location");
                Assert.True(Text(member, "locationName") == row.LocationName, at + " locationName");
                Assert.Same(table[row.Shape.Name], row.Shape);
                memberRows++;
            }
        }
        Assert.True(memberRows > 600, $"only {memberRows} member rows");
    }

    [Fact]
    public void Every_pattern_of_the_model_translates_and_compiles()
    {
        foreach (var shape in ServiceModelConstraints.All.Where(s => s.Pattern is not null))
        {
            Assert.NotNull(shape.PatternRegex);
        }
    }

    [Theory]
    [InlineData(".*", "any text, with spaces\tand tabs", true)]
    [InlineData(".*", "", true)]
    [InlineData(".*", "line\nbreak", false)]
    [InlineData(".*", "carriage\rreturn", false)]
    [InlineData(".*", "next\u0085line", false)]
    [InlineData(".*", "line\u2028separator", false)]
    [InlineData(".*", "paragraph\u2029separator", false)]
    [InlineData(".*", "trailing newline\n", false)]
    [InlineData("arn:.*", "arn:aws:robomaker:us-west-2:1:fleet/x", true)]
    [InlineData("arn:.*", "xarn:aws", false)]
    [InlineData("arn:.*", "arn:a\r\nb", false)]
    [InlineData("[0-9]*", "123", true)]
    [InlineData("[0-9]*", "123\n", false)]
    [InlineData("[0-9]*", "12a", false)]
    [InlineData("(\\$LATEST)|[0-9]*", "$LATEST", true)]
    [InlineData("(\\$LATEST)|[0-9]*", "$LATEST1", false)]
    [InlineData("[a-z0-9][a-z0-9.\\-]*[a-z0-9]", "my.bucket-1", true)]
    [InlineData("[a-z0-9][a-z0-9.\\-]*[a-z0-9]", "-bucket", false)]
    [InlineData("arn:aws:iam::\\w+:role/.*", "arn:aws:iam::123456789012:role/r", true)]
    [InlineData("arn:aws:iam::\\w+:role/.*", "arn:aws:iam::12é:role/r", false)]
    [InlineData("[\\S\\s]+", "a\n\u2028 b", true)]
    [InlineData("[\\S\\s]+", "", false)]
    [InlineData("1.x", "1.x", true)]
    [InlineData("1.x", "1\nx", false)]
    public void Patterns_keep_their_Java_meaning_over_the_whole_value(string java, string value, bool matches)
    {
        var regex = new System.Text.RegularExpressions.Regex(JavaPattern.ToDotNet(java));
        Assert.Equal(matches, regex.IsMatch(value));
    }
}
