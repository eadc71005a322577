package dev.custody.cli.report;

import dev.custody.aggregate.Provenance;
import dev.custody.model.When;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the report says where a balance or a total comes from. */
final class ProvenanceWording {

  private ProvenanceWording() {}

  /**
   * One balance's provenance as {@link #brief(Provenance)} says it; several as a count by kind with
   * the oldest count and its age: "2 counted, 1 never counted; oldest count 2022-07-15, 3 years
   * before". Nothing at all is "not recorded".
   */
  static String of(Collection<Provenance> parts) {
    if (parts.isEmpty()) {
      return "not recorded";
    }
    if (parts.size() == 1) {
      return brief(parts.iterator().next());
    }
    Map<Provenance.Kind, Integer> byKind = new EnumMap<>(Provenance.Kind.class);
    parts.forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
    List<String> counts = new ArrayList<>();
    byKind.forEach((kind, n) -> counts.add(n + " " + words(kind)));
    Optional<Provenance> oldest =
        parts.stream()
            .filter(p -> p.counted().isPresent())
            .min(Comparator.comparing(p -> p.counted().orElseThrow().end()));
    return String.join(", ", counts)
        + oldest
            .map(
                p ->
                    "; oldest count "
                        + date(p.counted().orElseThrow())
                        + ", "
                        + p.ageText().orElseThrow())
            .orElse("");
  }

  /**
   * One balance's provenance in a few words, for a table: "counted 2026-01-22 by usa, the same
   * day", "counted 2022-07-15 by sdf, 3 years before, then 4 movements", "never counted; 1
   * movement", "not recorded". The zone of the census is left out: the report names its own.
   */
  static String brief(Provenance provenance) {
    switch (provenance.kind()) {
      case NOT_RECORDED:
        return "not recorded";
      case MOVEMENTS_ONLY:
        return "never counted; " + plural(provenance.movements(), "movement");
      default:
        String text =
            "counted "
                + date(provenance.counted().orElseThrow())
                + " by "
                + provenance.sources().stream()
                    .map(s -> s.actor().toString())
                    .distinct()
                    .collect(Collectors.joining(", "))
                + ", "
                + provenance.ageText().orElseThrow();
        String apart =
            provenance.lessCountedApart().isEmpty()
                ? ""
                : ", less the parts counted apart by "
                    + provenance.lessCountedApart().stream()
                        .map(Object::toString)
                        .collect(Collectors.joining(", "));
        return (provenance.kind() == Provenance.Kind.COUNTED
                ? text
                : text + ", then " + carriers(provenance))
            + apart;
    }
  }

  /** "4 movements", "1 movement and 1 running total", "1 running total". */
  private static String carriers(Provenance provenance) {
    int totals = provenance.runningTotals().size();
    String reported = totals == 0 ? "" : plural(totals, "running total");
    if (provenance.movements() == 0) {
      return reported;
    }
    return plural(provenance.movements(), "movement")
        + (reported.isEmpty() ? "" : " and " + reported);
  }

  /**
   * "2026-01-22 by usa, the same day": when a counted balance was counted, by whom, how long ago.
   */
  static String counted(Provenance provenance) {
    return date(provenance.counted().orElseThrow())
        + " by "
        + provenance.sources().stream()
            .map(s -> s.actor().toString())
            .distinct()
            .collect(Collectors.joining(", "))
        + ", "
        + provenance.ageText().orElseThrow();
  }

  /** "2026-01-22", "2026-01-13 to 2026-01-19": the census's time without its zone. */
  static String date(When when) {
    String text = when.toString();
    String zone = " (" + when.zone().getId() + ")";
    return text.endsWith(zone) ? text.substring(0, text.length() - zone.length()) : text;
  }

  private static String plural(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  private static String words(Provenance.Kind kind) {
    switch (kind) {
      case COUNTED:
        return "counted";
      case CARRIED_FORWARD:
        return "carried forward";
      case MOVEMENTS_ONLY:
        return "never counted";
      default:
        return "not recorded";
    }
  }
}
