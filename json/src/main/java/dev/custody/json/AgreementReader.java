package dev.custody.json;

import static dev.custody.json.FieldReader.all;
import static dev.custody.json.FieldReader.set;
import static dev.custody.json.FormatNames.CONCLUDED;
import static dev.custody.json.FormatNames.DEADLINE;
import static dev.custody.json.FormatNames.DECIDED;
import static dev.custody.json.FormatNames.DESCRIPTION;
import static dev.custody.json.FormatNames.EXTENSIONS;
import static dev.custody.json.FormatNames.ID;
import static dev.custody.json.FormatNames.KIND;
import static dev.custody.json.FormatNames.MET;
import static dev.custody.json.FormatNames.OBLIGATIONS;
import static dev.custody.json.FormatNames.OBLIGOR;
import static dev.custody.json.FormatNames.PARTIES;
import static dev.custody.json.FormatNames.TITLE;
import static dev.custody.json.FormatNames.WAIVED;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.ObligationId;
import dev.custody.model.When;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads an agreement as a conclusion event carries it: its parties and its obligations, each with
 * its deadline, the extensions granted and whether it was met or waived. Confined to one read.
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
        set(ID, OBLIGOR, DESCRIPTION, DEADLINE, EXTENSIONS, MET, WAIVED),
        set(ID, OBLIGOR, DESCRIPTION))) {
      return Optional.empty();
    }
    Optional<ObligationId> id =
        fields.parsed(node, path, ID, true, ObligationId::of, "an obligation id");
    Optional<ActorId> obligor = values.actorId(node, path, OBLIGOR, true);
    Optional<String> description = fields.text(node, path, DESCRIPTION, true);
    Optional<Deadline> deadline = fields.object(node, path, DEADLINE, false, values::deadline);
    List<Extension> extensions = fields.list(node, path, EXTENSIONS, false, this::extension);
    Optional<When> met = fields.object(node, path, MET, false, values::when);
    Optional<When> waived = fields.object(node, path, WAIVED, false, values::when);
    if (!all(id, obligor, description)
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
    return fields.build(
        path,
        () -> {
          Obligation obligation =
              deadline.isPresent()
                  ? Obligation.of(id.get(), obligor.get(), description.get(), deadline.get())
                  : Obligation.of(id.get(), obligor.get(), description.get());
          for (Extension extension : extensions) {
            obligation = obligation.withExtension(extension.deadline(), extension.decided());
          }
          if (met.isPresent()) {
            obligation = obligation.withMet(met.get());
          }
          if (waived.isPresent()) {
            obligation = obligation.withWaived(waived.get());
          }
          return obligation;
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
