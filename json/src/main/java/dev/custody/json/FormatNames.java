package dev.custody.json;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the format custody/2 spells things: the name of every field, and how an enum constant of the
 * model is written. The reader and the writer both take their spellings from here, so that what one
 * writes the other reads. The names of event types are not here: each event class holds its own
 * stable {@code TYPE}, which the writer writes and the reader looks up.
 */
final class FormatNames {
  static final String ACCOUNT = "account";
  static final String ACCOUNTS = "accounts";
  static final String OPERATION = "operation";
  static final String OPERATIONS = "operations";
  static final String PHASE = "phase";
  static final String PHASES = "phases";
  static final String ACTOR = "actor";
  static final String ACTORS = "actors";
  static final String AFFILIATION = "affiliation";
  static final String AGREEMENT = "agreement";
  static final String BREACHES = "breaches";
  static final String ALIASES = "aliases";
  static final String ALL_EXCEPT = "allExcept";
  static final String ALL_OF_THEM = "allOfThem";
  static final String ALSO_FROM = "alsoFrom";
  static final String CAPACITY = "capacity";
  static final String CARRIED_OUT_BY = "carriedOutBy";
  static final String CARRIER = "carrier";
  static final String CAUSE = "cause";
  static final String CATEGORY = "category";
  static final String CHANNEL = "channel";
  static final String CLAIM = "claim";
  static final String COUNTS_INSTEAD = "countsInstead";
  static final String DISPUTE = "dispute";
  static final String REFUTED_BY = "refutedBy";
  static final String RETRACTED_ON = "retractedOn";
  static final String STATUS = "status";
  static final String PEOPLE_PER = "peoplePer";
  static final String UNIT = "unit";
  static final String UNITS = "units";
  static final String COHORT = "cohort";
  static final String COHORTS = "cohorts";
  static final String CONCLUDED = "concluded";
  static final String COORDINATES = "coordinates";
  static final String COUNT = "count";
  static final String COUNTRY = "country";
  static final String CUSTODIAN = "custodian";
  static final String DAY = "day";
  static final String DEADLINE = "deadline";
  static final String DECIDED = "decided";
  static final String DESCRIPTION = "description";
  static final String DESTINATION = "destination";
  static final String DURATION = "duration";
  static final String ESTIMATE = "estimate";
  static final String EVENTS = "events";
  static final String EXTENSIONS = "extensions";
  static final String FACILITIES = "facilities";
  static final String FACILITY = "facility";
  static final String FLOW = "flow";
  static final String FORMAT = "format";
  static final String FROM = "from";
  static final String HOW = "how";
  static final String ID = "id";
  static final String INSTANT = "instant";
  static final String KIND = "kind";
  static final String LATITUDE = "latitude";
  static final String LONGITUDE = "longitude";
  static final String MET = "met";
  static final String MOVEMENT_KIND = "movementKind";
  static final String MONTH = "month";
  static final String NAME = "name";
  static final String NAMED_FACILITIES = "namedFacilities";
  static final String NOTE = "note";
  static final String OBLIGATION = "obligation";
  static final String OBLIGATIONS = "obligations";
  static final String OBLIGOR = "obligor";
  static final String ONLY = "only";
  static final String WITHIN = "within";
  static final String ORIGIN_COUNTRY = "originCountry";
  static final String PARENT = "parent";
  static final String RELAYED = "relayed";
  static final String PARTIES = "parties";
  static final String PAYER = "payer";
  static final String PERIOD = "period";
  static final String PLAN = "plan";
  static final String PLANNER = "planner";
  static final String RECEIVER = "receiver";
  static final String REGION = "region";
  static final String REPORTED = "reported";
  static final String SCOPE = "scope";
  static final String SIZE = "size";
  static final String SOURCE = "source";
  static final String STATE = "state";
  static final String SUCCEEDED_ON = "succeededOn";
  static final String SUCCEEDS = "succeeds";
  static final String SOURCES = "sources";
  static final String START = "start";
  static final String TERM = "term";
  static final String TITLE = "title";
  static final String TO = "to";
  static final String TOTAL = "total";
  static final String TYPE = "type";
  static final String UNNAMED_FACILITIES = "unnamedFacilities";
  static final String UNTIL = "until";
  static final String WITH_CONTROL = "withControl";
  static final String WAIVED = "waived";
  static final String WEEK = "week";
  static final String WHEN = "when";
  static final String ZONE = "zone";

  private FormatNames() {}

  /**
   * Returns how the format writes an enum constant: lower case, words joined by hyphens, so that
   * {@code DESIGNATED_ORGANISATION} is "designated-organisation".
   */
  static String spelling(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the spelling of every constant of {@code type}, in declaration order. */
  static <E extends Enum<E>> ImmutableList<String> spellings(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(FormatNames::spelling)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the constant of {@code type} spelled {@code text}, the inverse of spelling. */
  static <E extends Enum<E>> Optional<E> spelled(Class<E> type, String text) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> spelling(c).equals(text)).findFirst();
  }
}
