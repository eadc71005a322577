package dev.custody.json;

import static dev.custody.json.FieldReader.all;
import static dev.custody.json.FieldReader.set;
import static dev.custody.json.FormatNames.BREACHES;
import static dev.custody.json.FormatNames.CONCLUDED;
import static dev.custody.json.FormatNames.DEADLINE;
import static dev.custody.json.FormatNames.DECIDED;
import static dev.custody.json.FormatNames.DESCRIPTION;
import static dev.custody.json.FormatNames.DURATION;
import static dev.custody.json.FormatNames.EXTENSIONS;
import static dev.custody.json.FormatNames.ID;
import static dev.custody.json.FormatNames.KIND;
import static dev.custody.json.FormatNames.MET;
import static dev.custody.json.FormatNames.OBLIGATIONS;
import static dev.custody.json.FormatNames.OBLIGOR;
import static dev.custody.json.FormatNames.PARTIES;
import static dev.custody.json.FormatNames.PERIOD;
import static dev.custody.json.FormatNames.SOURCES;
import static dev.custody.json.FormatNames.START;
import static dev.custody.json.FormatNames.TERM;
import static dev.custody.json.FormatNames.TITLE;
import static dev.custody.json.FormatNames.WAIVED;
import static dev.custody.json.FormatNames.WHEN;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Breach;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineExtension;
import dev.custody.agreement.Obligation;
import dev.custody.agreement.Term;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads an agreement as a conclusion event carries it: its parties and its obligations, each with
 * its deadline or its term, the revisions decided and whether it was met, waived or breached.
 * Confined to one read.
 */
final class AgreementReader {
  private final FieldReader fields;
  private final ValueReader values;

  AgreementReader(FieldReader fields, ValueReader values) {
    this.fields = fields;
    this.values = values;
  }

  Optional<Agreement> agreement(JsonNode node, String path) {
    if (!fields.fields(
        node,
        path,
        set(ID, KIND, TITLE, PARTIES, CONCLUDED, OBLIGATIONS),
        set(ID, KIND, TITLE, PARTIES, CONCLUDED))) {
      return Optional.empty();
    }
    Optional<AgreementId> id =
        fields.parsed(node, path, ID, true, AgreementId::of, "an agreement id");
    Optional<AgreementKind> kind = fields.constant(node, path, KIND, true, AgreementKind.class);
    Optional<String> title = fields.name(node, path, TITLE, true);
    List<ActorId> parties = fields.list(node, path, PARTIES, true, values::actorIdNode);
    Optional<When> concluded = fields.object(node, path, CONCLUDED, true, values::when);
    List<Obligation> obligations =
        fields.list(
            node, path, OBLIGATIONS, false, (n, p) -> obligation(n, p, concluded.orElse(null)));
    if (!all(id, kind, title, concluded) || !twoParties(node, path, parties)) {
      return Optional.empty();
    }
    Set<ObligationId> seen = new HashSet<>();
    for (int i = 0; i < obligations.size(); i++) {
      ObligationId obligation = obligations.get(i).id();
      if (!seen.add(obligation)) {
        fields.report(
            Problem.Kind.REFERENCE,
            path + "." + OBLIGATIONS + "[" + i + "]." + ID,
            obligation.toString(),
            "obligation id (" + obligation + ") is declared twice in the agreement");
        return Optional.empty();
      }
    }
    return fields.build(
        path,
        () ->
            Agreement.builder()
                .id(id.get())
                .kind(kind.get())
                .title(title.get())
                .addAllParties(parties)
                .concluded(concluded.get())
                .addAllObligations(obligations)
                .build());
  }

  /**
   * Reads an obligation of an agreement concluded at {@code concluded} (null when that did not
   * read): what became of it cannot come certainly before the agreement did, as an {@code
   * obligation-met} event cannot ({@code CUS-007}).
   */
  private Optional<Obligation> obligation(JsonNode node, String path, @Nullable When concluded) {
    if (!fields.fields(
        node,
        path,
        set(ID, OBLIGOR, DESCRIPTION, DEADLINE, TERM, EXTENSIONS, MET, WAIVED, BREACHES),
        set(ID, OBLIGOR, DESCRIPTION))) {
      return Optional.empty();
    }
    Optional<ObligationId> id =
        fields.parsed(node, path, ID, true, ObligationId::of, "an obligation id");
    Optional<ActorId> obligor = values.actorId(node, path, OBLIGOR, true);
    Optional<String> description = fields.text(node, path, DESCRIPTION, true);
    Optional<Deadline> deadline = fields.object(node, path, DEADLINE, false, values::deadline);
    Optional<Term> term = fields.object(node, path, TERM, false, (n, p) -> term(n, p, concluded));
    List<Extension> extensions = fields.list(node, path, EXTENSIONS, false, this::extension);
    Optional<When> met = fields.object(node, path, MET, false, values::when);
    Optional<When> waived = fields.object(node, path, WAIVED, false, values::when);
    List<Breach> breaches = fields.list(node, path, BREACHES, false, this::breach);
    if (!all(id, obligor, description)
        || (node.has(TERM) && term.isEmpty())
        || before(path + "." + MET, met, concluded)
        || before(path + "." + WAIVED, waived, concluded)) {
      return Optional.empty();
    }
    for (int i = 0; i < extensions.size(); i++) {
      String at = path + "." + EXTENSIONS + "[" + i + "]." + DECIDED;
      if (before(at, Optional.of(extensions.get(i).decided()), concluded)) {
        return Optional.empty();
      }
    }
    for (int i = 0; i < breaches.size(); i++) {
      String at = path + "." + BREACHES + "[" + i + "]." + WHEN;
      if (before(at, Optional.of(breaches.get(i).when()), concluded)) {
        return Optional.empty();
      }
    }
    return fields.build(
        path,
        () -> {
          Obligation.Builder obligation =
              Obligation.builder()
                  .id(id.get())
                  .obligor(obligor.get())
                  .description(description.get());
          deadline.ifPresent(obligation::deadline);
          term.ifPresent(obligation::term);
          for (Extension extension : extensions) {
            obligation.addExtensions(
                DeadlineExtension.of(extension.deadline(), extension.decided()));
          }
          met.ifPresent(obligation::met);
          waived.ifPresent(obligation::waived);
          obligation.addAllBreaches(breaches);
          return obligation.build();
        });
  }

  /**
   * Checks that the parties read whole and are two or more distinct actors, reporting when they are
   * fewer; false when they are not, whether reported here or where they were read.
   */
  private boolean twoParties(JsonNode node, String path, List<ActorId> parties) {
    JsonNode written = node.get(PARTIES);
    if (!written.isArray() || parties.size() < written.size()) {
      return false;
    }
    if (new HashSet<>(parties).size() >= 2) {
      return true;
    }
    fields.report(
        Problem.Kind.VALUE,
        path + "." + PARTIES,
        parties.toString(),
        "field (parties) must name at least two distinct actors, not " + parties);
    return false;
  }

  /** Reports a time certainly before the conclusion of its agreement; true if it is. */
  private boolean before(String path, Optional<When> when, @Nullable When concluded) {
    if (when.isEmpty() || concluded == null || !when.get().isBefore(concluded)) {
      return false;
    }
    String field = path.substring(path.lastIndexOf('.') + 1);
    fields.report(
        Problem.Kind.VALUE,
        path,
        when.get().toString(),
        String.format(
            "%s (%s) is before the agreement was concluded (%s)", field, when.get(), concluded));
    return true;
  }

  /**
   * Reads the term of an obligation that runs for a time: a {@code "duration"} in ISO-8601 hours
   * ({@code "PT120H"}) or a calendar {@code "period"} ({@code "P6M"}), from a {@code "start"} that
   * is the agreement's conclusion when not written.
   */
  private Optional<Term> term(JsonNode node, String path, @Nullable When concluded) {
    if (!fields.fields(node, path, set(START, DURATION, PERIOD), set())) {
      return Optional.empty();
    }
    if (node.has(DURATION) == node.has(PERIOD)) {
      fields.report(
          Problem.Kind.STRUCTURE,
          path,
          null,
          "a term has a \"duration\" or a \"period\", not both or neither");
      return Optional.empty();
    }
    Optional<When> start = fields.object(node, path, START, false, values::when);
    if ((node.has(START) && start.isEmpty()) || (start.isEmpty() && concluded == null)) {
      return Optional.empty();
    }
    When from = start.orElse(concluded);
    if (node.has(DURATION)) {
      return fields
          .parsed(
              node,
              path,
              DURATION,
              true,
              Duration::parse,
              "an ISO-8601 duration in hours like \"PT120H\"")
          .flatMap(d -> fields.build(path + "." + DURATION, () -> Term.of(from, d)));
    }
    return fields
        .parsed(node, path, PERIOD, true, Period::parse, "an ISO-8601 period like \"P6M\"")
        .flatMap(p -> fields.build(path + "." + PERIOD, () -> Term.of(from, p)));
  }

  /** Reads a breach recorded with its obligation: its time, what it was and who reported it. */
  private Optional<Breach> breach(JsonNode node, String path) {
    if (!fields.fields(node, path, set(WHEN, DESCRIPTION, SOURCES), set(WHEN))) {
      return Optional.empty();
    }
    Optional<When> when = fields.object(node, path, WHEN, true, values::when);
    Optional<String> description = fields.text(node, path, DESCRIPTION, false);
    List<Source> sources = fields.list(node, path, SOURCES, false, values::sourceNode);
    if (when.isEmpty() || (node.has(DESCRIPTION) && description.isEmpty())) {
      return Optional.empty();
    }
    return fields.build(
        path,
        () ->
            Breach.builder()
                .when(when.get())
                .description(description)
                .addAllSources(sources)
                .build());
  }

  /** A deadline extension as written, before it is applied to its obligation. */
  private record Extension(Deadline deadline, When decided) {}

  private Optional<Extension> extension(JsonNode node, String path) {
    if (!fields.fields(node, path, set(DEADLINE, DECIDED), set(DEADLINE, DECIDED))) {
      return Optional.empty();
    }
    Optional<Deadline> deadline = fields.object(node, path, DEADLINE, true, values::deadline);
    Optional<When> decided = fields.object(node, path, DECIDED, true, values::when);
    return all(deadline, decided)
        ? Optional.of(new Extension(deadline.get(), decided.get()))
        : Optional.empty();
  }
}
