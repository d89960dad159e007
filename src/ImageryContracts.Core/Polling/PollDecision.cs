namespace ImageryContracts.Polling;

/// <summary>What one observed state means to a poll loop.</summary>
public enum PollDecision
{
    /// <summary>
    /// A state the classifier does not recognise. It stops polling with a <see cref="PollFailedException"/> unless
    /// <see cref="PollingOptions.UnknownStateIsWaiting"/> is set: a vendor's new terminal state must not be polled forever.
    /// </summary>
    Unknown = 0,

    /// <summary>Not finished yet: wait and probe again.</summary>
    KeepWaiting,

    /// <summary>Finished successfully: stop and return the value.</summary>
    Done,

    /// <summary>Finished unsuccessfully (rejected, error, cancelled): stop with a <see cref="PollFailedException"/>.</summary>
    Failed,
}
