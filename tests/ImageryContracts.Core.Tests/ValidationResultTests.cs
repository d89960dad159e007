using ImageryContracts.Validation;

namespace ImageryContracts.Core.Tests;

public sealed class ValidationResultTests
{
    [Fact]
    public void Combine_keeps_every_problem_and_the_exception_lists_them_all()
    {
        var first = new ValidationResult([new ValidationProblem("IMG1001", "BASIC16 is not accepted by PNEO", ["products/0/radiometricProcessing"])]);
        var second = new ValidationResult([new ValidationProblem("IMG1004", "AOI 0.002 km² is under 0.1 km²", ["products/0/aoi"])]);

        var combined = ValidationResult.Combine(first, ValidationResult.Success, second);

        Assert.False(combined.IsValid);
        Assert.Equal(2, combined.Problems.Count);
        var exception = Assert.Throws<ImageryValidationException>(combined.ThrowIfInvalid);
        Assert.Contains("IMG1001: BASIC16 is not accepted by PNEO", exception.Message);
        Assert.Contains("IMG1004: AOI 0.002 km² is under 0.1 km²", exception.Message);
        Assert.StartsWith("The request breaks 2 vendor rule(s); nothing was sent", exception.Message);
    }

    [Fact]
    public void Success_is_valid_and_does_not_throw()
    {
        Assert.True(ValidationResult.Combine().IsValid);
        ValidationResult.Success.ThrowIfInvalid();
    }
}

public sealed class ValidationSeverityTests
{
    [Fact]
    public void Warnings_are_reported_but_leave_the_result_valid()
    {
        var warning = new ValidationProblem("IMG1002", "gb is being abandoned by OneAtlas", ["consumptionMode"], ValidationSeverity.Warning);
        var result = new ValidationResult([warning]);

        Assert.True(result.IsValid);
        Assert.Equal([warning], result.Warnings);
        Assert.Empty(result.Errors);
        Assert.Equal("IMG1002 (warning): gb is being abandoned by OneAtlas", warning.ToString());
        result.ThrowIfInvalid();
    }

    [Fact]
    public void The_exception_counts_errors_and_still_shows_the_warnings()
    {
        var result = new ValidationResult(
        [
            new ValidationProblem("IMG1002", "gb is being abandoned by OneAtlas", ["kind"], ValidationSeverity.Warning),
            new ValidationProblem("IMG1001", "BASIC16 is not accepted by PNEO", ["products/0/radiometricProcessing"]),
        ]);

        var exception = Assert.Throws<ImageryValidationException>(result.ThrowIfInvalid);

        Assert.StartsWith("The request breaks 1 vendor rule(s)", exception.Message);
        Assert.Contains("IMG1002 (warning): gb is being abandoned by OneAtlas", exception.Message);
    }
}
