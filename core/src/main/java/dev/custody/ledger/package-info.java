/**
 * The ledger of custody: a {@link dev.custody.ledger.World} of known actors and facilities, the
 * events recorded against it in time order, each checked by the rule catalogue when it arrives
 * ({@link dev.custody.ledger.Ledger}), and the {@link dev.custody.ledger.Situation} at any instant:
 * balances per account, controller per facility, agreements with their status.
 */
@NullMarked
package dev.custody.ledger;

import org.jspecify.annotations.NullMarked;
