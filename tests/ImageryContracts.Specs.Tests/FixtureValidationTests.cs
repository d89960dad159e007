namespace ImageryContracts.Specs.Tests;

/// <summary>The vendors' examples validate against the spec; broken payloads fail naming the field at fault.</summary>
public sealed class FixtureValidationTests
{
    public static TheoryData<string> ValidFixtures => new(Fixtures.Valid.Select(f => f.Fixture));

    public static TheoryData<string, string> InvalidFixtures
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (target, expectedField) in Fixtures.Invalid)
            {
                data.Add(target.Fixture, expectedField);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public async Task A_vendor_example_validates_against_its_operation(string fixture)
    {
        var target = Fixtures.Valid.Single(f => f.Fixture == fixture);

        var errors = await FixtureValidator.ValidateAsync(target);

        Assert.True(errors.Count == 0, $"{target}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public async Task A_broken_payload_fails_with_an_error_naming_the_field(string fixture, string field)
    {
        var target = Fixtures.Invalid.Single(f => f.Target.Fixture == fixture).Target;

        var errors = await FixtureValidator.ValidateAsync(target);

        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains(field, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_fixture_on_disk_is_validated()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "fixtures");
        var onDisk = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var listed = Fixtures.Valid.Select(f => f.Fixture).Concat(Fixtures.Invalid.Select(f => f.Target.Fixture))
            .Order(StringComparer.Ordinal);

        Assert.Equal(listed, onDisk);
    }
}
