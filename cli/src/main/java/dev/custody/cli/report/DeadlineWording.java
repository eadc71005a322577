package dev.custody.cli.report;

import dev.custody.aggregate.ObligationReport;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.cli.internal.TimeWording;

/** How the text and Markdown reports word the status of an obligation, column by column. */
final class DeadlineWording {

  private DeadlineWording() {}

  /** "pending", "lapsed", "brought forward", "in force", "kept", "breached". */
  static String state(DeadlineStatus status) {
    return status.state().words();
  }

  /** "sdf", or "usa (third party)" for an obligor that is not a party to the agreement. */
  static String obligor(ObligationReport obligation) {
    return obligation.obligation().obligor() + (obligation.thirdParty() ? " (third party)" : "");
  }

  /**
   * "2026-01-24 24:00 Damascus time", "until 2026-01-25 24:00 Damascus time" for the end of a term,
   * or "none" for an obligation with neither.
   */
  static String deadline(DeadlineStatus status) {
    String prefix = status.hasTerm() ? "until " : "";
    return status.deadline().map(d -> prefix + TimeWording.deadline(d)).orElse("none");
  }

  /**
   * The time part of a status: "2 days 12 hours left", "12 hours overdue", "no deadline", "met
   * 2026-01-23 (Asia/Damascus)", "waived ...", "breached ...", "begins in 3 hours", "kept to the
   * end". An obligation with a term never reads as overdue: once its term has ended it was kept.
   */
  static String time(DeadlineStatus status) {
    switch (status.state()) {
      case PENDING:
      case EXTENDED:
      case BROUGHT_FORWARD:
      case IN_FORCE:
        return status.deadline().isEmpty()
            ? "no deadline"
            : DeadlineStatus.describe(status.timeLeft()) + " left";
      case LAPSED:
        return DeadlineStatus.describe(status.overdue()) + " overdue";
      case MET:
        return "met " + status.settled().orElseThrow() + (status.isLate() ? ", late" : "");
      case WAIVED:
        return "waived " + status.settled().orElseThrow();
      case BREACHED:
        return "breached " + status.settled().orElseThrow();
      case SCHEDULED:
        return "begins in " + DeadlineStatus.describe(status.timeToStart());
      case KEPT:
        return "kept to the end";
    }
    throw new AssertionError(status.state());
  }
}
