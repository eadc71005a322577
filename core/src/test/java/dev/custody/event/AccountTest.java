package dev.custody.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.model.ActorId;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.FacilityId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Account}: every factory, every invariant broken and kept (through the generated {@code
 * ImmutableAccount}, the only way past the factories), and every text form.
 */
class AccountTest {
  static final ActorId SDF = ActorId.of("sdf");
  static final ActorId SYRIA = ActorId.of("syria-gov");
  static final ActorId ISIS = ActorId.of("isis");
  static final FacilityId SHADDADI = FacilityId.of("al-shaddadi");
  static final CountryCode SY = CountryCode.of("SY");
  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ISIS);

  // ------------------------------------------------------------------------------------------
  // factories

  @Test
  void heldAtIsHeldByACustodianAtAFacility() {
    Account account = Account.heldAt(SDF, SHADDADI, FIGHTERS);

    assertThat(account.kind()).isEqualTo(AccountKind.HELD);
    assertThat(account.cohort()).isEqualTo(FIGHTERS);
    assertThat(account.custodian()).contains(SDF);
    assertThat(account.facility()).contains(SHADDADI);
    assertThat(account.country()).isEmpty();
    assertThat(account.isHeld()).isTrue();
  }

  @Test
  void heldInIsHeldByACustodianInACountry() {
    Account account = Account.heldIn(SDF, SY, FIGHTERS);

    assertThat(account.kind()).isEqualTo(AccountKind.HELD);
    assertThat(account.custodian()).contains(SDF);
    assertThat(account.facility()).isEmpty();
    assertThat(account.country()).contains(SY);
    assertThat(account.isHeld()).isTrue();
  }

  @Test
  void heldIsHeldByACustodianAtAPlaceNotReported() {
    Account account = Account.held(SYRIA, FIGHTERS);

    assertThat(account.kind()).isEqualTo(AccountKind.HELD);
    assertThat(account.custodian()).contains(SYRIA);
    assertThat(account.facility()).isEmpty();
    assertThat(account.country()).isEmpty();
    assertThat(account.isHeld()).isTrue();
  }

  @Test
  void atLargeFromNamesTheFacilityButNoCustodian() {
    Account account = Account.atLargeFrom(SHADDADI, FIGHTERS);

    assertThat(account.kind()).isEqualTo(AccountKind.AT_LARGE);
    assertThat(account.custodian()).isEmpty();
    assertThat(account.facility()).contains(SHADDADI);
    assertThat(account.country()).isEmpty();
    assertThat(account.isHeld()).isFalse();
    assertThat(account).isNotEqualTo(Account.atLarge(FIGHTERS));
  }

  @Test
  void theAccountsOutsideCustodyNameOnlyTheirKindAndCohort() {
    assertThat(Account.atLarge(FIGHTERS).kind()).isEqualTo(AccountKind.AT_LARGE);
    assertThat(Account.released(FIGHTERS).kind()).isEqualTo(AccountKind.RELEASED);
    assertThat(Account.repatriated(FIGHTERS).kind()).isEqualTo(AccountKind.REPATRIATED);
    assertThat(Account.dead(FIGHTERS).kind()).isEqualTo(AccountKind.DEAD);
    assertThat(Account.outside(FIGHTERS).kind()).isEqualTo(AccountKind.OUTSIDE);
    for (Account account :
        new Account[] {
          Account.atLarge(FIGHTERS),
          Account.released(FIGHTERS),
          Account.repatriated(FIGHTERS),
          Account.dead(FIGHTERS),
          Account.outside(FIGHTERS)
        }) {
      assertThat(account.cohort()).isEqualTo(FIGHTERS);
      assertThat(account.custodian()).isEmpty();
      assertThat(account.facility()).isEmpty();
      assertThat(account.country()).isEmpty();
      assertThat(account.isHeld()).as("%s", account).isFalse();
    }
  }

  // ------------------------------------------------------------------------------------------
  // invariants, broken and kept side by side

  private static Account account(
      AccountKind kind,
      Optional<ActorId> custodian,
      Optional<FacilityId> facility,
      Optional<CountryCode> country) {
    return ImmutableAccount.of(kind, FIGHTERS, custodian, facility, country);
  }

  @Test
  void aCustodianIsRequiredForAHeldAccount() {
    assertThat(account(AccountKind.HELD, Optional.of(SDF), Optional.empty(), Optional.empty()))
        .isEqualTo(Account.held(SDF, FIGHTERS));
    assertThatThrownBy(
            () -> account(AccountKind.HELD, Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.custodian (empty) must be present exactly for a HELD account; kind is HELD");
  }

  @Test
  void aCustodianIsRefusedForEveryOtherKind() {
    for (AccountKind kind : AccountKind.values()) {
      if (kind == AccountKind.HELD) {
        continue;
      }
      assertThat(account(kind, Optional.empty(), Optional.empty(), Optional.empty()).kind())
          .isEqualTo(kind);
      assertThatThrownBy(() -> account(kind, Optional.of(SDF), Optional.empty(), Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Account.custodian (sdf) must be present exactly for a HELD account; kind is "
                  + kind);
    }
  }

  @Test
  void aFacilityIsOnlyForAHeldOrAtLargeAccount() {
    assertThat(
            account(
                AccountKind.AT_LARGE, Optional.empty(), Optional.of(SHADDADI), Optional.empty()))
        .isEqualTo(Account.atLargeFrom(SHADDADI, FIGHTERS));
    assertThat(account(AccountKind.HELD, Optional.of(SDF), Optional.of(SHADDADI), Optional.empty()))
        .isEqualTo(Account.heldAt(SDF, SHADDADI, FIGHTERS));
    for (AccountKind kind :
        new AccountKind[] {
          AccountKind.RELEASED, AccountKind.REPATRIATED, AccountKind.DEAD, AccountKind.OUTSIDE
        }) {
      assertThatThrownBy(
              () -> account(kind, Optional.empty(), Optional.of(SHADDADI), Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Account.facility (al-shaddadi) is only for a HELD or AT_LARGE account; kind is "
                  + kind);
    }
  }

  @Test
  void aCountryIsOnlyForAHeldAccountWithoutAFacility() {
    assertThat(account(AccountKind.HELD, Optional.of(SDF), Optional.empty(), Optional.of(SY)))
        .isEqualTo(Account.heldIn(SDF, SY, FIGHTERS));

    assertThatThrownBy(
            () ->
                account(AccountKind.HELD, Optional.of(SDF), Optional.of(SHADDADI), Optional.of(SY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.country (SY) is only for a HELD account without a facility; was HELD at"
                + " al-shaddadi");
    assertThatThrownBy(
            () ->
                account(AccountKind.AT_LARGE, Optional.empty(), Optional.empty(), Optional.of(SY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.country (SY) is only for a HELD account without a facility; was AT_LARGE");
    assertThatThrownBy(
            () ->
                account(
                    AccountKind.AT_LARGE, Optional.empty(), Optional.of(SHADDADI), Optional.of(SY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.country (SY) is only for a HELD account without a facility; was AT_LARGE at"
                + " al-shaddadi");
    assertThatThrownBy(
            () ->
                account(AccountKind.RELEASED, Optional.empty(), Optional.empty(), Optional.of(SY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.country (SY) is only for a HELD account without a facility; was RELEASED");
  }

  @Test
  void copiesAreCheckedToo() {
    ImmutableAccount held = (ImmutableAccount) Account.heldAt(SDF, SHADDADI, FIGHTERS);

    assertThat(held.copyWithCustodian(SYRIA)).isEqualTo(Account.heldAt(SYRIA, SHADDADI, FIGHTERS));
    assertThatThrownBy(() -> held.copyWithCountry(SY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.country (SY) is only for a HELD account without a facility; was HELD at"
                + " al-shaddadi");
    assertThatThrownBy(() -> held.copyWithKind(AccountKind.AT_LARGE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.custodian (sdf) must be present exactly for a HELD account; kind is AT_LARGE");
  }

  // ------------------------------------------------------------------------------------------
  // text

  @Test
  void toStringSaysWhereThePeopleAre() {
    assertThat(Account.heldAt(SDF, SHADDADI, FIGHTERS))
        .hasToString("held by sdf at al-shaddadi: fighters affiliated with isis");
    assertThat(Account.heldIn(SDF, SY, FIGHTERS))
        .hasToString("held by sdf in SY: fighters affiliated with isis");
    assertThat(Account.held(SYRIA, FIGHTERS))
        .hasToString("held by syria-gov, place not reported: fighters affiliated with isis");
    assertThat(Account.atLargeFrom(SHADDADI, FIGHTERS))
        .hasToString("at large from al-shaddadi: fighters affiliated with isis");
    assertThat(Account.atLarge(FIGHTERS)).hasToString("at large: fighters affiliated with isis");
    assertThat(Account.released(FIGHTERS)).hasToString("released: fighters affiliated with isis");
    assertThat(Account.repatriated(FIGHTERS))
        .hasToString("repatriated: fighters affiliated with isis");
    assertThat(Account.dead(FIGHTERS)).hasToString("dead: fighters affiliated with isis");
    assertThat(Account.outside(FIGHTERS)).hasToString("outside: fighters affiliated with isis");
  }
}
