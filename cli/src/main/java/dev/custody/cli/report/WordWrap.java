package dev.custody.examples.report;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.event.Account;
import dev.custody.model.ActorId;
import dev.custody.model.EventId;
import dev.custody.model.FacilityKind;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Wording shared by the renderers and the chart. */
final class Texts {

  private Texts() {}

  /** "1 event", "15 events". */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** "prison", "detention camp". */
  static String kind(FacilityKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** "held", "at large". */
  static String kind(Account account) {
    return account.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Where an account is, without its cohort: "held by sdf at al-shaddadi", "held by syria-gov,
   * place not reported", "at large from al-shaddadi", "released".
   */
  static String place(Account account) {
    switch (account.kind()) {
      case HELD:
        return "held by "
            + account.custodian().map(ActorId::toString).orElse("?")
            + account
                .facility()
                .map(f -> " at " + f)
                .orElse(account.country().map(c -> " in " + c).orElse(", place not reported"));
      case AT_LARGE:
        return "at large" + account.facility().map(f -> " from " + f).orElse("");
      default:
        return kind(account);
    }
  }

  /** "a, b, c", or "none". */
  static String list(List<EventId> events) {
    return events.isEmpty()
        ? "none"
        : events.stream().map(EventId::toString).collect(Collectors.joining(", "));
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

  /** "pending", "lapsed". */
  static String state(DeadlineStatus status) {
    return status.state().name().toLowerCase(Locale.ROOT);
  }

  /**
   * Breaks {@code text} into lines of at most {@code width} characters at spaces; a word longer
   * than the width is cut. Never returns an empty list.
   */
  static ImmutableList<String> wrap(String text, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("wrap width (" + width + ") must be positive");
    }
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.trim().split(" +")) {
        while (word.length() > width) {
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          lines.add(word.substring(0, width));
          word = word.substring(width);
        }
        if (word.isEmpty()) {
          continue;
        }
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() > 0 ? " " : "").append(word);
      }
      lines.add(line.toString());
    }
    return lines.build();
  }
}
