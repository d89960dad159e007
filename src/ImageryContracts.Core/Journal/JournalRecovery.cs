using ImageryContracts.Ordering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImageryContracts.Journal;

/// <summary>
/// Settles, on start, the intents an earlier run left without an answer: each is claimed and looked up in the
/// vendor's list over the lookup grace. Nothing is ever sent here (the journal keeps no request body); an intent the
/// list does not show stays pending for the next call with its reference.
/// </summary>
public static class JournalRecovery
{
    /// <summary>Recovers one vendor's unanswered intents.</summary>
    /// <param name="journal">The journal.</param>
    /// <param name="vendor">The vendor key.</param>
    /// <param name="findAnswer">Looks an intent's order up in the vendor's list and returns its id; <c>null</c> when absent.</param>
    /// <param name="contentIdentifiesOrder">Whether the vendor recognises orders by content (then an intent with no baseline was never sent).</param>
    /// <param name="options">Grace, waits and lease; <c>null</c> for the defaults.</param>
    /// <param name="timeProvider">The clock of the waits; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="logger">Where each decision is logged; <c>null</c> for none.</param>
    /// <param name="cancellationToken">Stops recovery; intents not reached stay as they were.</param>
    /// <returns>One line per unanswered intent.</returns>
    public static async Task<IReadOnlyList<RecoveredIntent>> RecoverAsync(
        IOrderJournal journal,
        string vendor,
        Func<JournalEntry, CancellationToken, Task<string?>> findAnswer,
        bool contentIdentifiesOrder,
        OrderCreationOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(findAnswer);
        options ??= new OrderCreationOptions();
        var time = timeProvider ?? TimeProvider.System;
        logger ??= NullLogger.Instance;
        var report = new List<RecoveredIntent>();
        foreach (var unsettled in await journal.ListUnsettledAsync(vendor, cancellationToken).ConfigureAwait(false))
        {
            var intent = new OrderIntent(unsettled.Vendor, unsettled.Reference, unsettled.Fingerprint, unsettled.Content, contentIdentifiesOrder);
            var claim = await journal.ClaimAsync(intent, JournalLease.ForThisProcess(options.JournalLease), cancellationToken).ConfigureAwait(false);
            report.Add(claim.IsGranted
                ? await SettleAsync(journal, claim, findAnswer, contentIdentifiesOrder, options, time, logger, cancellationToken).ConfigureAwait(false)
                : new RecoveredIntent(unsettled.Reference, claim.Entry.State, claim.Entry.Answer, claim.Outcome == ClaimOutcome.Busy
                    ? $"held by {claim.Entry.LeaseOwner} until {claim.Entry.LeaseExpiresAt:O}; that worker settles it"
                    : "settled meanwhile"));
        }

        return report;
    }

    private static async Task<RecoveredIntent> SettleAsync(
        IOrderJournal journal, JournalClaim claim, Func<JournalEntry, CancellationToken, Task<string?>> findAnswer, bool contentIdentifiesOrder,
        OrderCreationOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var entry = claim.Entry;
        if (claim.Outcome == ClaimOutcome.New || (contentIdentifiesOrder && entry.Baseline is null))
        {
            await journal.RecordAsync(claim, new IntentRecord(entry.State, Failure: entry.Failure), CancellationToken.None).ConfigureAwait(false);
            return new RecoveredIntent(entry.Reference, entry.State, null, "never sent; the next call with this reference sends it");
        }

        var keeper = LeaseKeeper.Start(journal, claim, time, logger, cancellationToken);
        await using (keeper.ConfigureAwait(false))
        {
            JournalLog.Recovering(logger, entry.Vendor, entry.Reference);
            try
            {
                var answer = await AtMostOnceCreation.LookUpAsync(
                    $"{entry.Vendor} {entry.Reference}",
                    token => findAnswer(entry, token),
                    lookupFailure => new OrderOutcomeUnknownException($"{entry.Vendor} {entry.Reference}", lookupFailure),
                    options,
                    time,
                    logger,
                    keeper.Token).ConfigureAwait(false);
                if (answer is not null)
                {
                    await journal.RecordAsync(claim, new IntentRecord(OrderIntentState.Placed, Answer: answer), CancellationToken.None).ConfigureAwait(false);
                    JournalLog.Resumed(logger, entry.Vendor, entry.Reference, answer, "found in the vendor's order list on recovery");
                    return new RecoveredIntent(entry.Reference, OrderIntentState.Placed, answer, "found in the vendor's order list");
                }

                const string next = "the next call with this reference sends it";
                await journal.RecordAsync(claim, new IntentRecord(OrderIntentState.Pending, Failure: $"not in the vendor's list on recovery; {next}"), CancellationToken.None).ConfigureAwait(false);
                JournalLog.NotFound(logger, entry.Vendor, entry.Reference, next);
                return new RecoveredIntent(entry.Reference, OrderIntentState.Pending, null, $"not in the vendor's list after the grace period; {next}");
            }
            catch (OrderOutcomeUnknownException unknown)
            {
                await journal.RecordAsync(claim, new IntentRecord(OrderIntentState.Unknown, Failure: unknown.Message), CancellationToken.None).ConfigureAwait(false);
                return new RecoveredIntent(entry.Reference, OrderIntentState.Unknown, null, unknown.Message);
            }
        }
    }
}
