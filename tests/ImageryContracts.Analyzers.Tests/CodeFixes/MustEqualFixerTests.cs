using ImageryContracts.Analyzers.Analyzers;
using ImageryContracts.Analyzers.CodeFixes.Fixers;
using ImageryContracts.Analyzers.Tests.Infrastructure;

namespace ImageryContracts.Analyzers.Tests.CodeFixes;

public sealed class MustEqualFixerTests
{
    [Fact]
    public Task A_licence_is_accepted_fix_all_included()
    {
        const string source = """
            using Vendor.DataCosmos.Models;

            class C
            {
                License A() => new License { Accepted = [|false|] };

                void B(License license) => license.Accepted = [|null|];
            }
            """;
        const string fixedSource = """
            using Vendor.DataCosmos.Models;

            class C
            {
                License A() => new License { Accepted = true };

                void B(License license) => license.Accepted = true;
            }
            """;
        return CodeFixVerifier<MustEqualAnalyzer, MustEqualFixer>.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task A_conditional_none_of_whose_branches_is_accepted_becomes_the_accepted_value()
    {
        const string source = """
            using System.Collections.Generic;
            using Vendor.DataCosmos.Models;

            class C
            {
                License A(bool agreed) => new License { Accepted = [|agreed ? false : null|] };

                List<License> B() => [new() { Accepted = [|false|] }];
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using Vendor.DataCosmos.Models;

            class C
            {
                License A(bool agreed) => new License { Accepted = true };

                List<License> B() => [new() { Accepted = true }];
            }
            """;
        return CodeFixVerifier<MustEqualAnalyzer, MustEqualFixer>.VerifyAsync(source, fixedSource);
    }
}
