using System.Text.RegularExpressions;
using ImageryContracts.Ordering;
using ImageryContracts.Validation;

namespace ImageryContracts.OneAtlas.Ordering;

/// <summary>
/// The client reference OneAtlas orders carry in <c>tags</c>, so an order whose creation failed ambiguously can be
/// found in the order list (by the list's <c>tags</c> filter). The spec allows letters only in a tag, which every
/// <see cref="ClientReference"/> is.
/// </summary>
public static partial class OrderTag
{
    /// <summary>The prefix of generated tags, so they are recognisable in the vendor's console.</summary>
    public const string Prefix = ClientReference.Prefix;

    /// <summary>A new, unique tag (<see cref="ClientReference.New"/>).</summary>
    /// <returns>For example <c>imagerykqzvbnwmrtyplsdfghjxca</c>.</returns>
    public static string New() => ClientReference.New();

    /// <summary>Checks tags against the spec's pattern (letters only), before anything is sent.</summary>
    /// <param name="tags">The request's tags.</param>
    /// <returns>One problem per tag that is not letters only, naming it and the fix.</returns>
    public static ValidationResult Validate(IReadOnlyList<string>? tags)
    {
        var problems = new List<ValidationProblem>();
        for (var index = 0; index < (tags?.Count ?? 0); index++)
        {
            if (tags![index] is not { } tag || !LettersOnly().IsMatch(tag))
            {
                problems.Add(new ValidationProblem(
                    "pattern",
                    $"Tag '{tags[index]}' is not letters only, which OneAtlas requires of tags (^[a-zA-Z]+$); remove digits, spaces and punctuation, for example '{new string((tags[index] ?? string.Empty).Where(char.IsAsciiLetter).ToArray())}'.",
                    [$"tags/{index}"]));
            }
        }

        return problems.Count == 0 ? ValidationResult.Success : new ValidationResult(problems);
    }

    [GeneratedRegex("^[a-zA-Z]+$")]
    private static partial Regex LettersOnly();
}
