using ImageryContracts.Http;
using ImageryContracts.Ordering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImageryContracts.Journal;

/// <summary>
/// Creates an order under a client reference so that the reference yields one order, across crashes, restarts and
/// workers, not only within one call (<see cref="AtMostOnceCreation"/>).
/// </summary>
/// <remarks>
/// <para>With a journal (brandur's recovery points, Stripe's idempotency contract): the intent is claimed before
/// anything is sent. A recorded answer is replayed; the same reference with other content is refused
/// (<see cref="ClientReferenceConflictException"/>); a live claim elsewhere is reported
/// (<see cref="OrderInProgressException"/>). An intent an earlier attempt left without an answer is looked up first,
/// over the lookup grace, and sent again only if the vendor's list never shows it; a list that cannot be read leaves
/// it <see cref="OrderIntentState.Unknown"/>. The claim is renewed while the call runs and every write is fenced by
/// its token.</para>
/// <para>Without a journal the vendor's list is the record: a caller-chosen reference is looked up before sending.</para>
/// </remarks>
public static class JournaledCreation
{
    /// <summary>Creates the order, or returns the one this reference already created.</summary>
    /// <typeparam name="TOrder">The vendor's order model.</typeparam>
    /// <param name="steps">How the vendor creates, finds and re-reads orders.</param>
    /// <param name="journal">The order journal; <c>null</c> to rely on the vendor's list alone.</param>
    /// <param name="options">Attempts, waits, grace and lease; <c>null</c> for the defaults.</param>
    /// <param name="timeProvider">The clock of the waits; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="logger">Where each decision is logged; <c>null</c> for none.</param>
    /// <param name="cancellationToken">Stops the call; a request already sent may still have been carried out, and the journal then keeps the intent unanswered.</param>
    /// <returns>The order and how it was obtained (<see cref="OrderCreationResult{TOrder}.Resumed"/> when an earlier call created it).</returns>
    /// <exception cref="ClientReferenceConflictException">The reference was first used with other content; nothing was sent.</exception>
    /// <exception cref="OrderInProgressException">Another worker holds a live claim on the reference; nothing was sent.</exception>
    /// <exception cref="OrderOutcomeUnknownException">The order may exist and the vendor's list could not be read; nothing was resent.</exception>
    /// <exception cref="ImageryApiException">The vendor refused, or the order could not be created and its list shows none.</exception>
    public static async Task<OrderCreationResult<TOrder>> CreateAsync<TOrder>(
        CreationSteps<TOrder> steps,
        IOrderJournal? journal,
        OrderCreationOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
        where TOrder : class
    {
        ArgumentNullException.ThrowIfNull(steps);
        options ??= new OrderCreationOptions();
        var time = timeProvider ?? TimeProvider.System;
        logger ??= NullLogger.Instance;
        return journal is null
            ? await WithoutJournalAsync(steps, options, time, logger, cancellationToken).ConfigureAwait(false)
            : await WithJournalAsync(steps, journal, options, time, logger, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<OrderCreationResult<TOrder>> WithoutJournalAsync<TOrder>(
        CreationSteps<TOrder> steps, OrderCreationOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
        where TOrder : class
    {
        var intent = steps.Intent;
        if (steps.LookUpFirst && await steps.FindCreated(null, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            if (steps.ContentOf?.Invoke(earlier) is { } listed && listed.Fingerprint != intent.Fingerprint)
            {
                throw new ClientReferenceConflictException(intent.Vendor, intent.Reference, listed.Fingerprint, listed.Content, intent.Fingerprint, intent.Content);
            }

            JournalLog.Resumed(logger, intent.Vendor, intent.Reference, steps.AnswerOf(earlier), "found in the vendor's order list");
            return new OrderCreationResult<TOrder>(earlier, steps.OrderReference, 0, FoundByLookup: true, Resumed: true);
        }

        var baseline = steps.Baseline is null ? null : await steps.Baseline(cancellationToken).ConfigureAwait(false);
        return await AtMostOnceCreation.CreateAsync(
            steps.OrderReference, steps.Send, token => steps.FindCreated(baseline, token), options, time, logger, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<OrderCreationResult<TOrder>> WithJournalAsync<TOrder>(
        CreationSteps<TOrder> steps, IOrderJournal journal, OrderCreationOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
        where TOrder : class
    {
        var intent = steps.Intent;
        var claim = await journal.ClaimAsync(intent, JournalLease.ForThisProcess(options.JournalLease), cancellationToken).ConfigureAwait(false);
        var entry = claim.Entry;
        switch (claim.Outcome)
        {
            case ClaimOutcome.Mismatch:
                throw new ClientReferenceConflictException(intent.Vendor, intent.Reference, entry.Fingerprint, entry.Content, intent.Fingerprint, intent.Content);
            case ClaimOutcome.Busy:
                throw new OrderInProgressException(intent.Vendor, intent.Reference, entry.Reference, entry.LeaseOwner, entry.LeaseExpiresAt);
            case ClaimOutcome.Settled:
                JournalLog.Resumed(logger, intent.Vendor, intent.Reference, entry.Answer!, "recorded in the order journal");
                var recorded = await steps.Replay(entry.Answer!, cancellationToken).ConfigureAwait(false);
                return new OrderCreationResult<TOrder>(recorded, steps.OrderReference, 0, FoundByLookup: false, Resumed: true);
        }

        var keeper = LeaseKeeper.Start(journal, claim, time, logger, cancellationToken);
        await using (keeper.ConfigureAwait(false))
        {
            try
            {
                var result = await RunClaimedAsync(steps, journal, claim, options, time, logger, keeper.Token).ConfigureAwait(false);
                if (!await journal.RecordAsync(claim, new IntentRecord(OrderIntentState.Placed, Answer: steps.AnswerOf(result.Order)), CancellationToken.None).ConfigureAwait(false))
                {
                    JournalLog.LeaseLost(logger, intent.Vendor, intent.Reference, entry.Token, "the order exists once and is returned; the new holder finds it by lookup");
                }

                return result;
            }
            catch (OperationCanceledException) when (keeper.Lost && !cancellationToken.IsCancellationRequested)
            {
                throw new OrderInProgressException(intent.Vendor, intent.Reference, intent.Reference, "another worker, after this one's claim lapsed", null);
            }
            catch (OrderOutcomeUnknownException unknown)
            {
                await RecordQuietlyAsync(journal, claim, new IntentRecord(OrderIntentState.Unknown, Failure: unknown.Message), logger).ConfigureAwait(false);
                throw;
            }
            catch (ImageryApiException notCreated)
            {
                // What escapes creation is a refusal, or a failure after the list showed no order for the whole grace:
                // nothing exists under this reference, so a later call may send again without looking first.
                await RecordQuietlyAsync(journal, claim, new IntentRecord(OrderIntentState.Refused, Failure: notCreated.Message), logger).ConfigureAwait(false);
                throw;
            }
            catch (Exception abandoned)
            {
                await RecordQuietlyAsync(journal, claim, new IntentRecord(OrderIntentState.Pending, Failure: $"given up: {abandoned.Message}"), logger).ConfigureAwait(false);
                throw;
            }
        }
    }

    private static async Task<OrderCreationResult<TOrder>> RunClaimedAsync<TOrder>(
        CreationSteps<TOrder> steps, IOrderJournal journal, JournalClaim claim, OrderCreationOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
        where TOrder : class
    {
        var intent = steps.Intent;
        var baseline = claim.Outcome == ClaimOutcome.New ? null : claim.Entry.Baseline;

        // A content-identified intent records its baseline before its first send, so one without a baseline was never sent.
        var maySendAlready = claim.Outcome == ClaimOutcome.Unsettled && (steps.Baseline is null || baseline is not null);
        if (maySendAlready)
        {
            JournalLog.Recovering(logger, intent.Vendor, intent.Reference);
            var found = await AtMostOnceCreation.LookUpAsync(
                steps.OrderReference,
                token => steps.FindCreated(baseline, token),
                lookupFailure => new OrderOutcomeUnknownException(steps.OrderReference, lookupFailure),
                options,
                time,
                logger,
                cancellationToken).ConfigureAwait(false);
            if (found is not null)
            {
                JournalLog.Resumed(logger, intent.Vendor, intent.Reference, steps.AnswerOf(found), "found in the vendor's order list after an interrupted attempt");
                return new OrderCreationResult<TOrder>(found, steps.OrderReference, 0, FoundByLookup: true, Resumed: true);
            }

            JournalLog.NotFound(logger, intent.Vendor, intent.Reference, "sending it now");
        }

        if (steps.Baseline is not null && baseline is null)
        {
            baseline = await steps.Baseline(cancellationToken).ConfigureAwait(false);
            if (!await journal.RecordAsync(claim, new IntentRecord(OrderIntentState.Pending, Baseline: baseline, KeepLease: true), cancellationToken).ConfigureAwait(false))
            {
                throw new OrderInProgressException(intent.Vendor, intent.Reference, intent.Reference, "another worker, after this one's claim lapsed", null);
            }
        }

        return await AtMostOnceCreation.CreateAsync(
            steps.OrderReference, steps.Send, token => steps.FindCreated(baseline, token), options, time, logger, cancellationToken).ConfigureAwait(false);
    }

    private static async Task RecordQuietlyAsync(IOrderJournal journal, JournalClaim claim, IntentRecord record, ILogger logger)
    {
        try
        {
            await journal.RecordAsync(claim, record, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            // The original failure matters more to the caller; an unanswered intent is looked up by the next call.
            JournalLog.WriteFailed(logger, claim.Entry.Vendor, claim.Entry.Reference, record.State, failure.Message);
        }
    }
}
