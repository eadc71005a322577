package dev.custody.json;

import static dev.custody.json.FieldReader.set;
import static dev.custody.json.FormatNames.AFFILIATION;
import static dev.custody.json.FormatNames.ALL_EXCEPT;
import static dev.custody.json.FormatNames.CATEGORY;
import static dev.custody.json.FormatNames.ID;
import static dev.custody.json.FormatNames.ONLY;
import static dev.custody.json.FormatNames.WITHIN;

import dev.custody.model.ActorId;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.NationalityGroup;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads the cohorts declared in {@code $.cohorts} and resolves the events' references to them by
 * id. The model has no cohort ids (a cohort is its category, affiliation and nationalities): the
 * ids live only in the document, so this reader keeps them for the rest of the read. Confined to
 * one read.
 */
final class CohortReader {
  private final FieldReader fields;
  private final ValueReader values;

  /** How many declared ids a message about an undeclared one lists, so that it stays a line. */
  private static final int SHOWN = 10;

  private final Map<String, Cohort> cohorts = new LinkedHashMap<>();

  /** The ids each cohort was declared within, by the path of its declaration, as written. */
  private final Map<String, Map.Entry<String, List<String>>> within = new LinkedHashMap<>();

  /** How many cohorts have been declared so far, so that a reader may tell the table changed. */
  private int declarations;

  CohortReader(FieldReader fields, ValueReader values) {
    this.fields = fields;
    this.values = values;
  }

  /** Returns the cohorts read so far, by their ids, in the order declared. */
  Map<String, Cohort> byId() {
    return Collections.unmodifiableMap(cohorts);
  }

  /** Reads one declared cohort and keeps it under its id, unless the id is declared already. */
  Optional<Cohort> cohort(JsonNode node, String path) {
    if (!fields.fields(
        node, path, set(ID, CATEGORY, AFFILIATION, ONLY, ALL_EXCEPT, WITHIN), set(ID, CATEGORY))) {
      return Optional.empty();
    }
    Optional<String> id =
        fields.parsed(
            node, path, ID, true, CohortReader::slug, "a cohort id like \"isis-fighters\"");
    Optional<CohortCategory> category =
        fields.constant(node, path, CATEGORY, true, CohortCategory.class);
    Optional<ActorId> affiliation =
        fields.parsed(node, path, AFFILIATION, false, ActorId::of, "an actor id");
    List<CountryCode> only = fields.list(node, path, ONLY, false, values::countryNode);
    List<CountryCode> except = fields.list(node, path, ALL_EXCEPT, false, values::countryNode);
    List<String> outer =
        fields.list(
            node,
            path,
            WITHIN,
            false,
            (n, p) ->
                n.isString() ? Optional.of(n.stringValue()) : fields.mistyped(p, n, "a cohort id"));
    if (node.has(ONLY) && node.has(ALL_EXCEPT)) {
      fields.report(
          Problem.Kind.STRUCTURE, path, null, "a cohort has \"only\" or \"allExcept\", not both");
      return Optional.empty();
    }
    // an affiliation that is there but unreadable has been reported; one that is absent means any
    if (id.isEmpty() || category.isEmpty() || (node.has(AFFILIATION) && affiliation.isEmpty())) {
      return Optional.empty();
    }
    Optional<Cohort> cohort =
        fields.build(
            path,
            () -> {
              Optional<NationalityGroup> nationals =
                  !only.isEmpty()
                      ? Optional.of(group(only, false))
                      : !except.isEmpty() ? Optional.of(group(except, true)) : Optional.empty();
              if (affiliation.isEmpty()) {
                return nationals.isPresent()
                    ? Cohort.of(category.get(), nationals.get())
                    : Cohort.of(category.get());
              }
              return nationals.isPresent()
                  ? Cohort.of(category.get(), affiliation.get(), nationals.get())
                  : Cohort.of(category.get(), affiliation.get());
            });
    if (cohort.isPresent()) {
      if (cohorts.containsKey(id.get())) {
        fields.report(
            Problem.Kind.REFERENCE,
            path + "." + ID,
            id.get(),
            "cohort id (" + id.get() + ") is declared twice");
        return Optional.empty();
      }
      cohorts.put(id.get(), cohort.get());
      if (!outer.isEmpty()) {
        within.put(path, new AbstractMap.SimpleImmutableEntry<>(id.get(), outer));
      }
      declarations++;
    }
    return cohort;
  }

  /**
   * Returns the declared nesting: each cohort with {@code within}, paired with each cohort it names
   * there, once every cohort is read. An id no cohort is declared under is reported.
   */
  List<Map.Entry<Cohort, Cohort>> nesting() {
    List<Map.Entry<Cohort, Cohort>> pairs = new ArrayList<>();
    within.forEach(
        (path, declared) -> {
          List<String> outer = declared.getValue();
          for (int i = 0; i < outer.size(); i++) {
            Cohort wider = cohorts.get(outer.get(i));
            if (wider == null) {
              fields.report(
                  Problem.Kind.REFERENCE,
                  path + "." + WITHIN + "[" + i + "]",
                  outer.get(i),
                  "cohort ("
                      + outer.get(i)
                      + ") is not declared in $.cohorts; declared: "
                      + declared());
            } else {
              pairs.add(
                  new AbstractMap.SimpleImmutableEntry<>(cohorts.get(declared.getKey()), wider));
            }
          }
        });
    return pairs;
  }

  private static NationalityGroup group(List<CountryCode> countries, boolean except) {
    CountryCode first = countries.get(0);
    CountryCode[] more = countries.subList(1, countries.size()).toArray(new CountryCode[0]);
    return except ? NationalityGroup.allExcept(first, more) : NationalityGroup.of(first, more);
  }

  /** A cohort id has the form of an actor id: a slug. */
  private static String slug(String text) {
    return ActorId.of(text).toString();
  }

  /** The ids declared, as a message lists them: the first ten, then how many more. */
  private String declared() {
    if (cohorts.size() <= SHOWN) {
      return cohorts.keySet().toString();
    }
    List<String> first = cohorts.keySet().stream().limit(SHOWN).toList();
    return first
        .toString()
        .replaceFirst("]$", String.format(", and %,d more]", cohorts.size() - SHOWN));
  }

  /** Reads the id in field {@code name} and returns the cohort declared under it. */
  /** How many cohorts have been declared so far; it changes whenever a reference may. */
  int declarations() {
    return declarations;
  }

  Optional<Cohort> reference(JsonNode node, String path, String name, boolean required) {
    Optional<String> id = fields.string(node, path, name, required);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Cohort cohort = cohorts.get(id.get());
    if (cohort == null) {
      fields.report(
          Problem.Kind.REFERENCE,
          path + "." + name,
          id.get(),
          "cohort (" + id.get() + ") is not declared in $.cohorts; declared: " + declared());
      return Optional.empty();
    }
    return Optional.of(cohort);
  }
}
