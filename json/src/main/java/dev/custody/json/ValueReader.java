package dev.custody.json;

import static dev.custody.json.FieldReader.all;
import static dev.custody.json.FieldReader.set;
import static dev.custody.json.FieldReader.shown;
import static dev.custody.json.FieldReader.typeOf;
import static dev.custody.json.FormatNames.ACTOR;
import static dev.custody.json.FormatNames.AGREEMENT;
import static dev.custody.json.FormatNames.CHANNEL;
import static dev.custody.json.FormatNames.CLAIM;
import static dev.custody.json.FormatNames.COUNT;
import static dev.custody.json.FormatNames.COUNTS_INSTEAD;
import static dev.custody.json.FormatNames.DAY;
import static dev.custody.json.FormatNames.DESCRIPTION;
import static dev.custody.json.FormatNames.DISPUTE;
import static dev.custody.json.FormatNames.ESTIMATE;
import static dev.custody.json.FormatNames.FROM;
import static dev.custody.json.FormatNames.ID;
import static dev.custody.json.FormatNames.INSTANT;
import static dev.custody.json.FormatNames.MONTH;
import static dev.custody.json.FormatNames.NOTE;
import static dev.custody.json.FormatNames.OBLIGATION;
import static dev.custody.json.FormatNames.PEOPLE_PER;
import static dev.custody.json.FormatNames.REFUTED_BY;
import static dev.custody.json.FormatNames.RELAYED;
import static dev.custody.json.FormatNames.REPORTED;
import static dev.custody.json.FormatNames.RETRACTED_ON;
import static dev.custody.json.FormatNames.SOURCE;
import static dev.custody.json.FormatNames.STATUS;
import static dev.custody.json.FormatNames.TO;
import static dev.custody.json.FormatNames.UNIT;
import static dev.custody.json.FormatNames.UNITS;
import static dev.custody.json.FormatNames.WEEK;
import static dev.custody.json.FormatNames.ZONE;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Deadline;
import dev.custody.model.AboutPolicy;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.ClaimId;
import dev.custody.model.ClaimStatus;
import dev.custody.model.CountryCode;
import dev.custody.model.Dispute;
import dev.custody.model.Estimate;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.UnitCount;
import dev.custody.model.VaguePolicy;
import dev.custody.model.When;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the values that the world and the events are made of: ids, country codes, figures and their
 * claims, times and deadlines. Each has one form wherever it appears, so every other reader asks
 * here. Confined to one read.
 */
final class ValueReader {
  private final FieldReader fields;
  private final AboutPolicy about;
  private final VaguePolicy vague;

  /** The most estimates kept by their text: figures repeat the same few words. */
  private static final int KEPT = 4096;

  /** Estimates parsed so far, by their text, which alone decides them under the policies. */
  private final Map<String, Estimate> estimates = new HashMap<>();

  /** Actor ids read so far, by their text. */
  private final Map<String, ActorId> actors = new HashMap<>();

  /** The sources that are an actor alone, by actor. */
  private final Map<ActorId, Source> plainSources = new HashMap<>();

  /**
   * The time read last without a problem and its JSON: an event is usually reported when it
   * happened, and its claims' {@code reported} repeat its {@code when}, read once.
   */
  private @Nullable JsonNode lastTimeNode;

  private @Nullable When lastTime;

  ValueReader(FieldReader fields, AboutPolicy about, VaguePolicy vague) {
    this.fields = fields;
    this.about = about;
    this.vague = vague;
  }

  /** Reads an estimate's text under the reader's policies. */
  private Estimate estimate(String text) {
    Estimate known = estimates.get(text);
    if (known != null) {
      return known;
    }
    Estimate parsed = Estimate.parse(text, about, vague);
    if (estimates.size() < KEPT) {
      estimates.put(text, parsed);
    }
    return parsed;
  }

  // ---- ids and countries

  Optional<ActorId> actorId(JsonNode node, String path, String name, boolean required) {
    return fields.parsed(node, path, name, required, this::actor, "an actor id like \"sdf\"");
  }

  /** {@link ActorId#of}, one object per id: the same few actors are named on every line. */
  private ActorId actor(String text) {
    ActorId known = actors.get(text);
    if (known != null) {
      return known;
    }
    ActorId actor = ActorId.of(text);
    if (actors.size() < KEPT) {
      actors.put(text, actor);
    }
    return actor;
  }

  Optional<FacilityId> facilityId(JsonNode node, String path, String name, boolean required) {
    return fields.parsed(
        node, path, name, required, FacilityId::of, "a facility id like \"al-hol\"");
  }

  /** Reads an actor id that is an element of an array. */
  Optional<ActorId> actorIdNode(JsonNode node, String path) {
    return node.isString()
        ? fields.value(path, node.stringValue(), ActorId::of, "an actor id like \"sdf\"")
        : fields.mistyped(path, node, "an actor id");
  }

  /** Reads a facility id that is an element of an array. */
  Optional<FacilityId> facilityIdNode(JsonNode node, String path) {
    return node.isString()
        ? fields.value(path, node.stringValue(), FacilityId::of, "a facility id like \"al-hol\"")
        : fields.mistyped(path, node, "a facility id");
  }

  /** Reads the required reference of an event to its agreement. */
  Optional<AgreementId> agreementId(JsonNode node, String path) {
    return fields.parsed(node, path, AGREEMENT, true, AgreementId::of, "an agreement id");
  }

  /** Reads the required reference of an event to an obligation of its agreement. */
  Optional<ObligationId> obligationId(JsonNode node, String path) {
    return fields.parsed(node, path, OBLIGATION, true, ObligationId::of, "an obligation id");
  }

  Optional<CountryCode> country(JsonNode node, String path, String name, boolean required) {
    return fields.parsed(
        node, path, name, required, CountryCode::of, "an ISO 3166 country code like \"SY\"");
  }

  /** Reads a country code that is an element of an array. */
  Optional<CountryCode> countryNode(JsonNode node, String path) {
    if (!node.isString()) {
      fields.report(
          Problem.Kind.STRUCTURE,
          path,
          shown(node),
          "must be a country code like \"SY\", not " + typeOf(node));
      return Optional.empty();
    }
    return fields.value(
        path, node.stringValue(), CountryCode::of, "an ISO 3166 country code like \"SY\"");
  }

  // ---- figures and claims

  /**
   * Reads a figure: the array in field {@code name} of {@code parent} of its claims, at least one,
   * and of its disputes (elements with a {@code dispute} field), in any order.
   */
  Optional<Figure> figure(JsonNode parent, String path, String name) {
    List<Object> elements = fields.list(parent, path, name, true, this::claimOrDispute);
    if (!parent.has(name) || !parent.get(name).isArray()) {
      return Optional.empty();
    }
    List<Claim> claims = new ArrayList<>();
    List<Dispute> disputes = new ArrayList<>();
    for (Object element : elements) {
      if (element instanceof Claim claim) {
        claims.add(claim);
      } else {
        disputes.add((Dispute) element);
      }
    }
    if (claims.isEmpty() && elements.size() == parent.get(name).size()) {
      fields.report(
          Problem.Kind.STRUCTURE, path + "." + name, null, "a figure needs at least one claim");
      return Optional.empty();
    }
    return elements.size() == parent.get(name).size()
        ? fields.build(path + "." + name, () -> Figure.of(claims, disputes))
        : Optional.empty();
  }

  private Optional<Object> claimOrDispute(JsonNode node, String path) {
    return node.isObject() && node.has(DISPUTE)
        ? dispute(node, path).map(d -> d)
        : claim(node, path).map(c -> c);
  }

  /**
   * Reads a dispute without a figure: {@code dispute} (the words), the source's fields, {@code
   * reported}, optionally the {@code claim} it disputes and an {@code id} by which a claim it
   * refutes names it.
   */
  private Optional<Dispute> dispute(JsonNode node, String path) {
    if (!fields.fields(
        node,
        path,
        set(DISPUTE, SOURCE, DESCRIPTION, RELAYED, REPORTED, CLAIM, ID),
        set(DISPUTE, SOURCE, REPORTED))) {
      return Optional.empty();
    }
    Optional<String> words = fields.text(node, path, DISPUTE, true);
    Optional<Source> source = source(node, path);
    Optional<When> reported = fields.object(node, path, REPORTED, true, this::when);
    Optional<ClaimId> claim = claimId(node, path, CLAIM);
    Optional<ClaimId> id = claimId(node, path, ID);
    if (!all(words, source, reported)
        || (node.has(CLAIM) && claim.isEmpty())
        || (node.has(ID) && id.isEmpty())) {
      return Optional.empty();
    }
    return fields.build(
        path,
        () -> {
          Dispute dispute = Dispute.of(source.get(), reported.get(), words.get());
          dispute = claim.isPresent() ? dispute.ofClaim(claim.get()) : dispute;
          return id.isPresent() ? dispute.withId(id.get()) : dispute;
        });
  }

  /**
   * Reads a count in families or households: {@code unit}, {@code count} (an estimate) and, when a
   * source stated one, {@code peoplePer}, the sourced claim of people per unit.
   */
  private Optional<UnitCount> units(JsonNode node, String path) {
    if (!fields.fields(node, path, set(UNIT, COUNT, PEOPLE_PER), set(UNIT, COUNT))) {
      return Optional.empty();
    }
    Optional<UnitCount.Unit> unit = fields.constant(node, path, UNIT, true, UnitCount.Unit.class);
    Optional<Estimate> count =
        fields.parsed(node, path, COUNT, true, this::estimate, "an estimate like \"81\"");
    Optional<Claim> per = fields.object(node, path, PEOPLE_PER, false, this::claim);
    if (!all(unit, count) || (node.has(PEOPLE_PER) && per.isEmpty())) {
      return Optional.empty();
    }
    boolean families = unit.get() == UnitCount.Unit.FAMILIES;
    return fields.build(
        path,
        () ->
            per.isEmpty()
                ? (families ? UnitCount.families(count.get()) : UnitCount.households(count.get()))
                : families
                    ? UnitCount.families(count.get(), per.get())
                    : UnitCount.households(count.get(), per.get()));
  }

  private Optional<ClaimId> claimId(JsonNode node, String path, String name) {
    return fields.parsed(node, path, name, false, ClaimId::of, "a claim id like \"sdf-count\"");
  }

  /**
   * Reads a claim's standing: {@code status} (reported when absent), with {@code refutedBy} for a
   * refuted claim, {@code countsInstead} for a misattributed one and optionally {@code retractedOn}
   * for a retracted one, and none of them otherwise.
   */
  private Optional<ClaimStatus> status(JsonNode node, String path) {
    Optional<ClaimStatus.Kind> kind =
        fields.constant(node, path, STATUS, false, ClaimStatus.Kind.class);
    if (node.has(STATUS) && kind.isEmpty()) {
      return Optional.empty();
    }
    ClaimStatus.Kind is = kind.orElse(ClaimStatus.Kind.REPORTED);
    Optional<ClaimId> by = claimId(node, path, REFUTED_BY);
    Optional<String> instead = fields.text(node, path, COUNTS_INSTEAD, false);
    Optional<When> retractedOn = fields.object(node, path, RETRACTED_ON, false, this::when);
    if ((node.has(REFUTED_BY) && by.isEmpty())
        || (node.has(COUNTS_INSTEAD) && instead.isEmpty())
        || (node.has(RETRACTED_ON) && retractedOn.isEmpty())) {
      return Optional.empty();
    }
    if (retractedOn.isPresent() && is != ClaimStatus.Kind.RETRACTED) {
      fields.report(
          Problem.Kind.STRUCTURE,
          path + "." + RETRACTED_ON,
          null,
          "field (retractedOn) is only for a retracted claim: it says when its source withdrew it");
      return Optional.empty();
    }
    if (by.isPresent() != (is == ClaimStatus.Kind.REFUTED)) {
      fields.report(
          Problem.Kind.STRUCTURE,
          path + "." + REFUTED_BY,
          null,
          "field (refutedBy) is required for a refuted claim, and only for one: it names the"
              + " claim or dispute of the figure that refuted it");
      return Optional.empty();
    }
    if (instead.isPresent() != (is == ClaimStatus.Kind.MISATTRIBUTED)) {
      fields.report(
          Problem.Kind.STRUCTURE,
          path + "." + COUNTS_INSTEAD,
          null,
          "field (countsInstead) is required for a misattributed claim, and only for one: it"
              + " says what the claim really counts");
      return Optional.empty();
    }
    switch (is) {
      case REFUTED:
        return Optional.of(ClaimStatus.refutedBy(by.get()));
      case MISATTRIBUTED:
        return fields.build(path, () -> ClaimStatus.misattributed(instead.get()));
      case RUMOURED:
        return Optional.of(ClaimStatus.rumoured());
      case DISPUTED:
        return Optional.of(ClaimStatus.disputed());
      case RETRACTED:
        return Optional.of(retractedOn.map(ClaimStatus::retracted).orElse(ClaimStatus.retracted()));
      default:
        return Optional.of(ClaimStatus.reported());
    }
  }

  /**
   * Reads who says something, from the fields of the object that holds it: {@code source}, with an
   * optional {@code description} of an unnamed speaker and {@code relayed} when the source only
   * quoted someone who speaks for nobody.
   */
  Optional<Source> source(JsonNode node, String path) {
    Optional<ActorId> source = actorId(node, path, SOURCE, true);
    Optional<String> description = fields.text(node, path, DESCRIPTION, false);
    Optional<Boolean> relayed = fields.bool(node, path, RELAYED, false);
    if (source.isEmpty()
        || (node.has(DESCRIPTION) && description.isEmpty())
        || (node.has(RELAYED) && relayed.isEmpty())) {
      return Optional.empty();
    }
    if (relayed.orElse(false) && description.isEmpty()) {
      fields.report(
          Problem.Kind.STRUCTURE,
          path + "." + DESCRIPTION,
          null,
          "a relayed claim needs a description of who spoke (\"a camp worker\"): the source"
              + " only relayed the words");
      return Optional.empty();
    }
    return fields.build(
        path,
        () ->
            relayed.orElse(false)
                ? Source.relayedBy(source.get(), description.get())
                : description.isPresent()
                    ? Source.of(source.get(), description.get())
                    : plainSource(source.get()));
  }

  /** The source that is an actor alone, one object per actor: claims repeat the same few. */
  private Source plainSource(ActorId actor) {
    Source known = plainSources.get(actor);
    if (known != null) {
      return known;
    }
    Source source = Source.of(actor);
    if (plainSources.size() < KEPT) {
      plainSources.put(actor, source);
    }
    return source;
  }

  private Optional<Claim> claim(JsonNode node, String path) {
    if (!fields.fields(
        node,
        path,
        set(
            ESTIMATE,
            SOURCE,
            DESCRIPTION,
            RELAYED,
            CHANNEL,
            REPORTED,
            NOTE,
            ID,
            STATUS,
            REFUTED_BY,
            RETRACTED_ON,
            COUNTS_INSTEAD,
            UNITS),
        node.has(UNITS) ? set(UNITS, SOURCE, REPORTED) : set(ESTIMATE, SOURCE, REPORTED))) {
      return Optional.empty();
    }
    if (node.has(UNITS) && node.get(UNITS).has(PEOPLE_PER) && node.has(ESTIMATE)) {
      fields.report(
          Problem.Kind.STRUCTURE,
          path + "." + ESTIMATE,
          null,
          "a claim in units has no estimate when its units have a peoplePer: the people it counts"
              + " come from that ratio");
      return Optional.empty();
    }
    Optional<UnitCount> units = fields.object(node, path, UNITS, false, this::units);
    if (node.has(UNITS) && units.isEmpty()) {
      return Optional.empty();
    }
    Optional<ClaimId> id = claimId(node, path, ID);
    Optional<ClaimStatus> status = status(node, path);
    // in units: the ratio's people, else the source's own people figure, else people not stated
    Optional<Estimate> estimate =
        units.isPresent() && (units.get().peoplePer().isPresent() || !node.has(ESTIMATE))
            ? units.map(u -> u.peoplePer().isPresent() ? u.people() : u.peopleNotStated())
            : fields.parsed(
                node,
                path,
                ESTIMATE,
                units.isEmpty(),
                this::estimate,
                "an estimate like \"about 150\"");
    Optional<Source> source = source(node, path);
    Optional<ActorId> channel = actorId(node, path, CHANNEL, false);
    Optional<When> reported = fields.object(node, path, REPORTED, true, this::when);
    Optional<String> note = fields.text(node, path, NOTE, false);
    if (!all(estimate, source, reported, status) || (node.has(ID) && id.isEmpty())) {
      return Optional.empty();
    }
    return fields.build(
        path,
        () -> {
          Claim.Builder claim =
              Claim.builder()
                  .estimate(estimate.get())
                  .source(source.get())
                  .reported(reported.get())
                  .status(status.get());
          channel.ifPresent(claim::channel);
          note.ifPresent(claim::note);
          id.ifPresent(claim::id);
          units.ifPresent(claim::units);
          return claim.build();
        });
  }

  // ---- times

  /** Reads a time in one of its forms, in a zone that is UTC when none is given. */
  Optional<When> when(JsonNode node, String path) {
    if (lastTime != null && node.equals(lastTimeNode)) {
      return Optional.of(lastTime);
    }
    long before = fields.problemCount();
    Optional<When> when = readWhen(node, path);
    if (when.isPresent() && fields.problemCount() == before) {
      lastTimeNode = node;
      lastTime = when.get();
    }
    return when;
  }

  private Optional<When> readWhen(JsonNode node, String path) {
    if (!fields.fields(node, path, set(INSTANT, DAY, FROM, TO, WEEK, MONTH, ZONE), set())) {
      return Optional.empty();
    }
    Optional<ZoneId> zone =
        fields.parsed(node, path, ZONE, false, ZoneId::of, "a time zone like \"Asia/Damascus\"");
    if (node.has(ZONE) && !node.get(ZONE).isNull() && zone.isEmpty()) {
      return Optional.empty();
    }
    ZoneId in = zone.orElse(ZoneOffset.UTC);
    Set<String> forms = new HashSet<>(ImmutableList.copyOf(node.propertyNames()));
    forms.remove(ZONE);
    if (forms.equals(set(INSTANT))) {
      return instant(node, path, in, "2026-01-21T09:00:00Z")
          .flatMap(i -> fields.build(path, () -> When.at(i, in)));
    }
    if (forms.equals(set(DAY))) {
      return fields
          .date(node, path, DAY, true)
          .flatMap(d -> fields.build(path, () -> When.on(d, in)));
    }
    if (forms.equals(set(FROM, TO))) {
      Optional<LocalDate> from = fields.date(node, path, FROM, true);
      Optional<LocalDate> to = fields.date(node, path, TO, true);
      if (!all(from, to)) {
        return Optional.empty();
      }
      if (to.get().isBefore(from.get())) {
        fields.report(
            Problem.Kind.VALUE,
            path + "." + TO,
            to.get().toString(),
            "to (" + to.get() + ") must not be before from (" + from.get() + ")");
        return Optional.empty();
      }
      return fields.build(path, () -> When.between(from.get(), to.get(), in));
    }
    if (forms.equals(set(WEEK))) {
      return fields
          .date(node, path, WEEK, true)
          .flatMap(d -> week(path, d))
          .flatMap(d -> fields.build(path, () -> When.weekStarting(d, in)));
    }
    if (forms.equals(set(MONTH))) {
      return fields
          .parsed(node, path, MONTH, true, YearMonth::parse, "a month like \"2026-01\"")
          .flatMap(m -> month(path, node.get(MONTH).stringValue(), m))
          .flatMap(m -> fields.build(path, () -> When.inMonth(m, in)));
    }
    fields.report(
        Problem.Kind.STRUCTURE,
        path,
        null,
        "a time has one of \"instant\", \"day\", \"from\" and \"to\", \"week\" or \"month\","
            + " with an optional \"zone\"; found "
            + forms);
    return Optional.empty();
  }

  /**
   * Reads who reported something without a figure, such as a breach: {@code {"actor": "sdf"}}, or
   * with {@code "description"} for a person described but not named, and {@code "relayed": true}
   * when the actor only quoted someone who speaks for nobody.
   */
  Optional<Source> sourceNode(JsonNode node, String path) {
    if (!fields.fields(node, path, set(ACTOR, DESCRIPTION, RELAYED), set(ACTOR))) {
      return Optional.empty();
    }
    Optional<ActorId> actor = actorId(node, path, ACTOR, true);
    Optional<String> description = fields.text(node, path, DESCRIPTION, false);
    Optional<Boolean> relayed = fields.bool(node, path, RELAYED, false);
    if (actor.isEmpty()
        || (node.has(DESCRIPTION) && description.isEmpty())
        || (node.has(RELAYED) && relayed.isEmpty())) {
      return Optional.empty();
    }
    if (relayed.orElse(false) && description.isEmpty()) {
      fields.report(
          Problem.Kind.STRUCTURE,
          path + "." + DESCRIPTION,
          null,
          "a relayed source needs a description of who spoke (\"a camp worker\"): the actor"
              + " only relayed the words");
      return Optional.empty();
    }
    return fields.build(
        path,
        () ->
            relayed.orElse(false)
                ? Source.relayedBy(actor.get(), description.get())
                : description.isPresent()
                    ? Source.of(actor.get(), description.get())
                    : Source.of(actor.get()));
  }

  /** Reads a deadline: a day or an instant, always in a zone. */
  Optional<Deadline> deadline(JsonNode node, String path) {
    if (!fields.fields(node, path, set(INSTANT, DAY, ZONE), set(ZONE))) {
      return Optional.empty();
    }
    Optional<ZoneId> zone =
        fields.parsed(node, path, ZONE, true, ZoneId::of, "a time zone like \"Asia/Damascus\"");
    if (node.has(INSTANT) == node.has(DAY)) {
      fields.report(
          Problem.Kind.STRUCTURE,
          path,
          null,
          "a deadline has a \"day\" or an \"instant\", not both or neither");
      return Optional.empty();
    }
    if (zone.isEmpty()) {
      return Optional.empty();
    }
    if (node.has(DAY)) {
      return fields
          .date(node, path, DAY, true)
          .flatMap(d -> fields.build(path, () -> Deadline.on(d, zone.get())));
    }
    return instant(node, path, zone.get(), "2026-01-24T21:00:00Z")
        .flatMap(i -> fields.build(path, () -> Deadline.at(i, zone.get())));
  }

  /**
   * Reads the instant in field {@code instant}: one that {@code java.time} parses, with a leap
   * second only where there was one, within the years the format accepts, in UTC and in {@code
   * zone}.
   */
  private Optional<Instant> instant(JsonNode node, String path, ZoneId zone, String example) {
    Optional<Instant> instant =
        fields.parsed(
            node, path, INSTANT, true, ValueReader::instant, "an instant like \"" + example + "\"");
    if (instant.isEmpty()) {
      return instant;
    }
    String text = node.get(INSTANT).stringValue();
    String at = path + "." + INSTANT;
    if (!TimeRange.contains(instant.get())) {
      fields.report(
          Problem.Kind.VALUE,
          at,
          text,
          "value (" + text + ") must be an instant " + TimeRange.WITHIN);
      return Optional.empty();
    }
    Optional<LocalDate> local = TimeRange.outsideIn(instant.get(), zone);
    if (local.isPresent()) {
      fields.report(
          Problem.Kind.VALUE,
          at,
          text,
          String.format(
              "value (%s) must be an instant %s in its zone too: in %s it falls on %s",
              text, TimeRange.WITHIN, zone, local.get()));
      return Optional.empty();
    }
    return instant;
  }

  /**
   * Parses an instant as {@link Instant#parse} does, refusing a leap second that never was. The
   * parser reads years of up to ten digits, {@code Instant} holds a billion years either side of
   * 1970: an instant beyond those reads as {@link Instant#MAX} or {@link Instant#MIN}, as far
   * outside the years the format accepts, so that it is refused in the same words, not in those of
   * {@code java.time}'s exception, which name its classes.
   */
  private static Instant instant(String text) {
    Instant plain = plainInstant(text);
    if (plain != null) {
      return plain;
    }
    TemporalAccessor parsed = DateTimeFormatter.ISO_INSTANT.parse(text);
    long seconds = parsed.getLong(ChronoField.INSTANT_SECONDS);
    if (seconds > Instant.MAX.getEpochSecond()) {
      return Instant.MAX;
    }
    if (seconds < Instant.MIN.getEpochSecond()) {
      return Instant.MIN;
    }
    Instant instant = Instant.from(parsed);
    if (parsed.query(DateTimeFormatter.parsedLeapSecond()) && !LeapSeconds.wasOne(instant)) {
      throw new DateTimeException(LeapSeconds.RULE);
    }
    return instant;
  }

  /**
   * Reads an instant written as almost all are, {@code 2026-01-21T09:00:00Z}, without {@code
   * java.time}'s general parser, which costs more than the rest of a line; null for any other text,
   * a leap second, or a field out of its range, which {@link #instant(String)} then reads as {@link
   * Instant#parse} does, so that it says what is wrong in the same words.
   */
  static @Nullable Instant plainInstant(String text) {
    if (text.length() != 20
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > Month.of(month).length(Year.isLeap(year))
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    long days = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second);
  }

  /** The number written by {@code count} ASCII digits from {@code start}, or -1. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Checks that a week starting on {@code first} ends within the years the format accepts. */
  private Optional<LocalDate> week(String path, LocalDate first) {
    LocalDate last = first.plusDays(6);
    if (TimeRange.contains(last)) {
      return Optional.of(first);
    }
    fields.report(
        Problem.Kind.VALUE,
        path + "." + WEEK,
        first.toString(),
        String.format(
            "value (%s) must be a week %s: its last day is %s", first, TimeRange.WITHIN, last));
    return Optional.empty();
  }

  /** Checks that a month lies within the years the format accepts. */
  private Optional<YearMonth> month(String path, String text, YearMonth month) {
    if (TimeRange.contains(month)) {
      return Optional.of(month);
    }
    fields.report(
        Problem.Kind.VALUE,
        path + "." + MONTH,
        text,
        "value (" + text + ") must be a month " + TimeRange.WITHIN);
    return Optional.empty();
  }
}
