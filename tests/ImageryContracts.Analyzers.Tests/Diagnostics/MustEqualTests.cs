using ImageryContracts.Analyzers.Descriptors;
using Verify = ImageryContracts.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ImageryContracts.Analyzers.Analyzers.MustEqualAnalyzer>;

namespace ImageryContracts.Analyzers.Tests.Diagnostics;

public sealed class MustEqualTests
{
    [Fact]
    public Task A_licence_not_accepted()
    {
        const string source = """
            using Vendor.DataCosmos.Models;

            class C
            {
                License L() => new License { LicenseName = "CC-BY", Accepted = {|#0:false|} };

                void Later(License license) => license.Accepted = {|#1:null|};
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.MustEqual, 0, "License.Accepted is set to false, but the vendor accepts only true. Set Accepted = true."),
            Verify.Diagnostic(RuleDescriptors.MustEqual, 1, "License.Accepted is set to null, but the vendor accepts only true. Set Accepted = true."));
    }

    [Fact]
    public Task Accepted_true_or_a_runtime_value_stays_silent()
    {
        const string source = """
            using Vendor.DataCosmos.Models;

            class C
            {
                License L(bool agreed) => new License { Accepted = true, LicenseName = agreed ? "a" : "b" };

                License M(bool agreed) => new License { Accepted = agreed };
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_conditional_none_of_whose_branches_is_accepted_and_a_licence_in_a_collection_expression()
    {
        const string source = """
            using System.Collections.Generic;
            using Vendor.DataCosmos.Models;

            class C
            {
                License L(bool agreed) => new License { Accepted = {|#0:agreed ? false : null|} };

                List<License> All() => [new() { LicenseName = "CC-BY", Accepted = {|#1:false|} }];
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic(RuleDescriptors.MustEqual, 0, "License.Accepted is set to false or null, whichever branch runs, but the vendor accepts only true. Set Accepted = true."),
            Verify.Diagnostic(RuleDescriptors.MustEqual, 1, "License.Accepted is set to false, but the vendor accepts only true. Set Accepted = true."));
    }

    [Fact]
    public Task A_conditional_with_one_accepted_branch_stays_silent()
    {
        const string source = """
            using Vendor.DataCosmos.Models;

            class C
            {
                License L(bool agreed) => new License { Accepted = agreed ? true : false };
            }
            """;
        return Verify.VerifyAsync(source);
    }
}
