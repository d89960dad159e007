using System.Web;
using Microsoft.Kiota.Abstractions;

namespace ImageryContracts.ClientTestKit;

/// <summary>Compares a Kiota <see cref="RequestInformation"/> with a documented example call.</summary>
public static class RequestAssert
{
    /// <summary>Fails unless the request has the example's method, URL (query compared as a set), headers and body.</summary>
    /// <param name="request">The built request.</param>
    /// <param name="method">The example's method.</param>
    /// <param name="url">The example's URL with its query.</param>
    /// <param name="contentType">The example's Content-Type, or null when it sends no body.</param>
    /// <param name="jsonBody">The example's JSON body, or null.</param>
    public static void Matches(RequestInformation request, Method method, string url, string? contentType = null, string? jsonBody = null)
    {
        Assert.Equal(method, request.HttpMethod);
        var expected = new Uri(url);
        var actual = request.URI;
        Assert.Equal(expected.GetLeftPart(UriPartial.Path), actual.GetLeftPart(UriPartial.Path));
        Assert.Equal(QueryOf(expected), QueryOf(actual));
        Assert.Equal(["application/json"], request.Headers["Accept"]);
        if (contentType is null)
        {
            Assert.Equal(0, request.Content.Length);
            Assert.False(request.Headers.ContainsKey("Content-Type"));
            return;
        }

        Assert.Equal([contentType], request.Headers["Content-Type"]);
        if (jsonBody is not null)
        {
            JsonAssert.Equivalent(jsonBody, BodyOf(request));
        }
    }

    /// <summary>The request's body as text.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The body.</returns>
    public static string BodyOf(RequestInformation request)
    {
        request.Content.Position = 0;
        return new StreamReader(request.Content).ReadToEnd();
    }

    private static SortedSet<string> QueryOf(Uri uri)
    {
        var query = HttpUtility.ParseQueryString(uri.Query);
        return new SortedSet<string>(query.AllKeys.Select(key => $"{key}={query[key]}"), StringComparer.Ordinal);
    }
}
