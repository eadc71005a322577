package dev.custody.json;

import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.model.Cohort;
import dev.custody.model.CountryCode;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ids a written document gives its cohorts. The model has none (a cohort is its category,
 * affiliation and nationalities), but the format lists cohorts once in {@code $.cohorts} and refers
 * to them by id, so the writer makes up a readable one for each, in the order the events first name
 * them: "fighters-isis", "family-members-isis-except-iq-sy", with "-2" and on when two would clash.
 * Confined to one write.
 */
final class CohortIds {
  private final Map<Cohort, String> ids = new LinkedHashMap<>();
  private final Set<String> used = new HashSet<>();

  /** Names every cohort the events name, in the order they first do. */
  CohortIds(Iterable<Event> events) {
    for (Event event : events) {
      collect(event);
    }
  }

  /** Gives each cohort the id a document declares for it, and no other cohort any id. */
  CohortIds(Map<String, Cohort> declared) {
    declared.forEach(
        (id, cohort) -> {
          ids.putIfAbsent(cohort, id);
          used.add(id);
        });
  }

  private void collect(Event event) {
    event
        .movements()
        .forEach(
            m -> {
              name(m.from().cohort());
              name(m.to().cohort());
            });
    if (event instanceof CensusTaken census) {
      census.scope().account().ifPresent(a -> name(a.cohort()));
      census.scope().joint().ifPresent(j -> j.forEach(a -> name(a.cohort())));
      census.scope().cohort().ifPresent(this::name);
    } else if (event instanceof RunningTotalReported total) {
      total.scope().account().ifPresent(a -> name(a.cohort()));
      total.scope().cohort().ifPresent(this::name);
    } else if (event instanceof TransferPlanned plan) {
      name(plan.cohort());
    }
  }

  /** Gives {@code cohort} an id, unless it has one. */
  void name(Cohort cohort) {
    ids.computeIfAbsent(
        cohort,
        c -> {
          StringBuilder id =
              new StringBuilder(FormatNames.spelling(c.category()))
                  .append('-')
                  .append(c.affiliation().map(Object::toString).orElse("any"));
          c.nationality()
              .ifPresent(
                  n -> {
                    id.append(n.isExclusive() ? "-except" : "-only");
                    n.countries().forEach(country -> id.append('-').append(lower(country)));
                  });
          String base = id.toString();
          String unique = base;
          for (int i = 2; used.contains(unique); i++) {
            unique = base + "-" + i;
          }
          used.add(unique);
          return unique;
        });
  }

  private static String lower(CountryCode country) {
    return country.toString().toLowerCase(Locale.ROOT);
  }

  /** Returns the id of a cohort that an event names. */
  String id(Cohort cohort) {
    return ids.get(cohort);
  }

  /** Returns every cohort with its id, in the order first named. */
  Map<Cohort, String> all() {
    return Collections.unmodifiableMap(ids);
  }
}
