using ImageryContracts.Http;

namespace ImageryContracts.ClientTestKit;

/// <summary>What a facade must answer when a vendor's answer was type-confused (<see cref="JsonGen.TypeMutations"/>).</summary>
public static class MutatedAnswers
{
    /// <summary>
    /// Fails unless the error is an unreadable answer of the operation that names the replaced field, a field inside it,
    /// or the list or model that could not hold it.
    /// </summary>
    /// <param name="error">The facade's error.</param>
    /// <param name="operation">The spec's operationId the call was.</param>
    /// <param name="mutationPath">Where the mutation replaced a value (<c>$.payload.price</c>).</param>
    /// <returns>The field the error named.</returns>
    public static string AssertNamesTheMutatedField(ImageryApiException error, string operation, string mutationPath)
    {
        Assert.Equal(operation, error.Operation);
        Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
        var mutated = mutationPath[2..];
        Assert.True(
            error.Field is { } field && (field.StartsWith(mutated, StringComparison.Ordinal) || mutated.StartsWith(field, StringComparison.Ordinal)),
            $"{mutationPath} failed naming {error.Field}");
        return error.Field!;
    }
}
