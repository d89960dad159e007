using ImageryContracts.Polling;

namespace ImageryContracts.Core.Tests.Polling;

public sealed class PollClassifierTests
{
    private enum PaymentStatus
    {
        Unpaid,
        Paid,
        Cancelled,
        Refunded,
    }

    [Fact]
    public void Listed_states_get_their_decision_and_anything_else_is_unknown()
    {
        var classify = PollClassifier.ByState<PaymentStatus, PaymentStatus>(
            s => s, waiting: [PaymentStatus.Unpaid], done: [PaymentStatus.Paid], failed: [PaymentStatus.Cancelled]);

        Assert.Equal(PollDecision.KeepWaiting, classify(PaymentStatus.Unpaid));
        Assert.Equal(PollDecision.Done, classify(PaymentStatus.Paid));
        Assert.Equal(PollDecision.Failed, classify(PaymentStatus.Cancelled));
        Assert.Equal(PollDecision.Unknown, classify(PaymentStatus.Refunded));
    }

    [Fact]
    public void A_null_state_is_unknown()
    {
        var classify = PollClassifier.ByState<string?, string>(s => s!, waiting: ["ordered"], done: ["delivered"], failed: []);

        Assert.Equal(PollDecision.Unknown, classify(null));
    }

    [Fact]
    public void A_state_listed_twice_is_refused()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => PollClassifier.ByState<string, string>(s => s, waiting: ["ordered"], done: ["ordered"], failed: []));

        Assert.Contains("The state 'ordered' is listed as both KeepWaiting and Done; list it once.", exception.Message);
    }
}
