package dev.custody.json;

import static dev.custody.json.FieldReader.set;
import static dev.custody.json.FormatNames.ACCOUNT;
import static dev.custody.json.FormatNames.ACCOUNTS;
import static dev.custody.json.FormatNames.COHORT;
import static dev.custody.json.FormatNames.COUNTRY;
import static dev.custody.json.FormatNames.CUSTODIAN;
import static dev.custody.json.FormatNames.FACILITIES;
import static dev.custody.json.FormatNames.FACILITY;
import static dev.custody.json.FormatNames.KIND;

import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.CensusScope;
import dev.custody.model.ActorId;
import dev.custody.model.Cohort;
import dev.custody.model.CountryCode;
import dev.custody.model.FacilityId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads where detainees are counted: accounts (a cohort held by a custodian, at large, released and
 * so on), which movements go from and to, and census scopes, which are an account or criteria.
 * Which fields an account may have depends on its kind. Confined to one read.
 */
final class AccountReader {
  private final FieldReader fields;
  private final ValueReader values;
  private final CohortReader cohorts;

  /** The most accounts kept by their JSON: more than any real scenario names. */
  private static final int KEPT = 4096;

  private final Map<JsonNode, Account> read = new HashMap<>();
  private int cohortsSeen = -1;

  AccountReader(FieldReader fields, ValueReader values, CohortReader cohorts) {
    this.fields = fields;
    this.values = values;
    this.cohorts = cohorts;
  }

  /**
   * Reads an account. Events name the same few accounts over and over, so the accounts read without
   * a problem are kept by their JSON, which alone decides them while the cohorts declared stay the
   * same: an account written again is the same object, read once.
   */
  Optional<Account> account(JsonNode node, String path) {
    if (cohortsSeen != cohorts.declarations()) {
      read.clear();
      cohortsSeen = cohorts.declarations();
    }
    Account known = read.get(node);
    if (known != null) {
      return Optional.of(known);
    }
    long before = fields.problemCount();
    Optional<Account> account = readAccount(node, path);
    if (account.isPresent() && fields.problemCount() == before && read.size() < KEPT) {
      read.put(node, account.get());
    }
    return account;
  }

  private Optional<Account> readAccount(JsonNode node, String path) {
    if (!fields.fields(
        node, path, set(KIND, CUSTODIAN, FACILITY, COUNTRY, COHORT), set(KIND, COHORT))) {
      return Optional.empty();
    }
    Optional<AccountKind> kind = fields.constant(node, path, KIND, true, AccountKind.class);
    Optional<ActorId> custodian = values.actorId(node, path, CUSTODIAN, false);
    Optional<FacilityId> facility = values.facilityId(node, path, FACILITY, false);
    Optional<CountryCode> country = values.country(node, path, COUNTRY, false);
    Optional<Cohort> cohort = cohorts.reference(node, path, COHORT, true);
    if (kind.isEmpty() || cohort.isEmpty()) {
      return Optional.empty();
    }
    AccountKind k = kind.get();
    Set<String> allowed;
    switch (k) {
      case HELD:
      case RELEASED:
      case REPATRIATED:
        allowed = set(KIND, CUSTODIAN, FACILITY, COUNTRY, COHORT);
        break;
      case DEAD:
        allowed = set(KIND, CUSTODIAN, FACILITY, COHORT);
        break;
      case AT_LARGE:
        allowed = set(KIND, FACILITY, COHORT);
        break;
      default:
        allowed = set(KIND, COHORT);
    }
    for (String name : node.propertyNames()) {
      if (!allowed.contains(name)) {
        fields.report(
            Problem.Kind.STRUCTURE,
            path + "." + name,
            null,
            "an account of kind "
                + FormatNames.spelling(k)
                + " has no "
                + name
                + "; it has "
                + allowed);
        return Optional.empty();
      }
    }
    return fields.build(
        path,
        () -> {
          switch (k) {
            case HELD:
              if (custodian.isEmpty()) {
                throw new IllegalArgumentException("a held account needs a custodian");
              }
              if (facility.isPresent()) {
                if (country.isPresent()) {
                  throw new IllegalArgumentException(
                      "a held account has a facility or a country, not both: the facility's world knows its country");
                }
                return Account.heldAt(custodian.get(), facility.get(), cohort.get());
              }
              return country.isPresent()
                  ? Account.heldIn(custodian.get(), country.get(), cohort.get())
                  : Account.held(custodian.get(), cohort.get());
            case AT_LARGE:
              return facility.isPresent()
                  ? Account.atLargeFrom(facility.get(), cohort.get())
                  : Account.atLarge(cohort.get());
            case RELEASED:
            case REPATRIATED:
            case DEAD:
              // those who left custody keep the facility and custodian they left, and the
              // country they went to
              return Account.ofParts(k, cohort.get(), custodian, facility, country);
            default:
              return Account.outside(cohort.get());
          }
        });
  }

  Optional<CensusScope> scope(JsonNode node, String path) {
    if (!fields.fields(
        node, path, set(ACCOUNT, ACCOUNTS, FACILITIES, COUNTRY, CUSTODIAN, COHORT), set())) {
      return Optional.empty();
    }
    if (node.has(ACCOUNTS)) {
      if (node.size() > 1) {
        fields.report(
            Problem.Kind.STRUCTURE,
            path,
            null,
            "a joint scope is its accounts alone, not beside an account or criteria");
        return Optional.empty();
      }
      long before = fields.problemCount();
      List<Account> accounts = fields.list(node, path, ACCOUNTS, true, this::account);
      if (fields.problemCount() != before) {
        return Optional.empty();
      }
      return fields.build(path, () -> CensusScope.jointly(accounts));
    }
    if (node.has(ACCOUNT)) {
      if (node.size() > 1) {
        fields.report(
            Problem.Kind.STRUCTURE, path, null, "a scope is one account or criteria, not both");
        return Optional.empty();
      }
      Optional<Account> account = fields.object(node, path, ACCOUNT, true, this::account);
      if (account.isPresent() && account.get().kind() == AccountKind.OUTSIDE) {
        fields.report(
            Problem.Kind.VALUE,
            path + "." + ACCOUNT + "." + KIND,
            FormatNames.spelling(AccountKind.OUTSIDE),
            "a census cannot count an account of kind (outside): it stands for everyone outside"
                + " the record");
        return Optional.empty();
      }
      return account.flatMap(a -> fields.build(path, () -> CensusScope.account(a)));
    }
    List<FacilityId> facilities =
        fields.list(node, path, FACILITIES, false, values::facilityIdNode);
    Optional<CountryCode> country = values.country(node, path, COUNTRY, false);
    Optional<ActorId> custodian = values.actorId(node, path, CUSTODIAN, false);
    Optional<Cohort> cohort = cohorts.reference(node, path, COHORT, false);
    if (node.size() == 0 || (node.size() == 1 && node.has(COHORT))) {
      if (cohort.isPresent()) {
        return fields.build(path, () -> CensusScope.cohort(cohort.get()));
      }
      if (!node.has(COHORT) || node.get(COHORT).isNull()) {
        fields.report(
            Problem.Kind.STRUCTURE,
            path,
            null,
            "a scope needs an account, facilities, a country, a custodian or a cohort");
      }
      return Optional.empty();
    }
    return fields.build(
        path,
        () -> {
          CensusScope scope;
          if (!facilities.isEmpty()) {
            scope =
                CensusScope.facilities(
                    facilities.get(0),
                    facilities.subList(1, facilities.size()).toArray(new FacilityId[0]));
            if (country.isPresent()) {
              throw new IllegalArgumentException("a scope has facilities or a country, not both");
            }
          } else if (country.isPresent()) {
            scope = CensusScope.country(country.get());
          } else if (custodian.isPresent()) {
            return cohort
                .map(c -> CensusScope.custodian(custodian.get()).withCohort(c))
                .orElseGet(() -> CensusScope.custodian(custodian.get()));
          } else {
            throw new IllegalArgumentException(
                "a scope needs an account, facilities, a country, a custodian or a cohort");
          }
          if (custodian.isPresent()) {
            scope = scope.withCustodian(custodian.get());
          }
          return cohort.isPresent() ? scope.withCohort(cohort.get()) : scope;
        });
  }
}
