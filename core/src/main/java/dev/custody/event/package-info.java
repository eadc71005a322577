/**
 * What happens to detainee populations, as bookkeeping: every population sits in an {@link
 * dev.custody.event.Account}, and every {@link dev.custody.event.Event} (a transfer, an escape, a
 * recapture, a release) states its {@link dev.custody.event.Movement}s between accounts, so that
 * nobody is created or lost. Censuses ({@link dev.custody.event.CensusTaken}) count a scope at a
 * time.
 *
 * <p>Every type here is an immutable, thread-safe value; no method accepts or returns {@code null}.
 */
@NullMarked
package dev.custody.event;

import org.jspecify.annotations.NullMarked;
