package dev.custody.cli.report;

import dev.custody.agreement.DeadlineStatus;
import dev.custody.cli.internal.TimeWording;
import java.util.Locale;

/** How the text and Markdown reports word the status of an obligation, column by column. */
final class DeadlineWording {

  private DeadlineWording() {}

  /** "pending", "lapsed". */
  static String state(DeadlineStatus status) {
    return status.state().name().toLowerCase(Locale.ROOT);
  }

  /** "2026-01-24 24:00 Damascus time", or "none" for an obligation without a deadline. */
  static String deadline(DeadlineStatus status) {
    return status.deadline().map(TimeWording::deadline).orElse("none");
  }

  /**
   * The time part of a status: "2 days 12 hours left", "12 hours overdue", "no deadline", "met
   * 2026-01-23 (Asia/Damascus)", "waived ...".
   */
  static String time(DeadlineStatus status) {
    switch (status.state()) {
      case PENDING:
      case EXTENDED:
        return status.deadline().isEmpty()
            ? "no deadline"
            : DeadlineStatus.describe(status.timeLeft()) + " left";
      case LAPSED:
        return DeadlineStatus.describe(status.overdue()) + " overdue";
      case MET:
        return "met " + status.settled().orElseThrow() + (status.isLate() ? ", late" : "");
      case WAIVED:
        return "waived " + status.settled().orElseThrow();
    }
    throw new AssertionError(status.state());
  }
}
