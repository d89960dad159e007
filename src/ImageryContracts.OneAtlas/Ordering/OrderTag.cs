using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ImageryContracts.Validation;

namespace ImageryContracts.OneAtlas.Ordering;

/// <summary>
/// The client reference OneAtlas orders carry in <c>tags</c>, so an order whose creation failed ambiguously can be
/// found in the order list. The spec allows letters only in a tag, so the reference is letters only: a fixed prefix and
/// 22 random lower-case letters (about 103 bits), unique without coordination between processes.
/// </summary>
public static partial class OrderTag
{
    /// <summary>The prefix of generated tags, so they are recognisable in the vendor's console.</summary>
    public const string Prefix = "imagery";

    private const string Letters = "abcdefghijklmnopqrstuvwxyz";
    private const int RandomLetters = 22;

    /// <summary>A new, unique tag.</summary>
    /// <returns>For example <c>imagerykqzvbnwmrtyplsdfghjxca</c>.</returns>
    public static string New() => Prefix + RandomNumberGenerator.GetString(Letters, RandomLetters);

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
