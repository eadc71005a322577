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
  static final FacilityId HOL = FacilityId.of("al-hol");
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
            "Account.custodian (empty) must be present for a HELD account and is only for a HELD, RELEASED, REPATRIATED or DEAD account; kind is HELD");
  }

  @Test
  void aCustodianOfOriginIsKeptByThoseWhoLeftCustody() {
    for (AccountKind kind :
        new AccountKind[] {AccountKind.RELEASED, AccountKind.REPATRIATED, AccountKind.DEAD}) {
      assertThat(
              account(kind, Optional.of(SDF), Optional.of(SHADDADI), Optional.empty()).custodian())
          .contains(SDF);
      assertThat(account(kind, Optional.empty(), Optional.empty(), Optional.empty()).custodian())
          .isEmpty();
    }
  }

  @Test
  void aCustodianIsRefusedAtLargeAndOutside() {
    for (AccountKind kind : new AccountKind[] {AccountKind.AT_LARGE, AccountKind.OUTSIDE}) {
      assertThat(account(kind, Optional.empty(), Optional.empty(), Optional.empty()).kind())
          .isEqualTo(kind);
      assertThatThrownBy(() -> account(kind, Optional.of(SDF), Optional.empty(), Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Account.custodian (sdf) must be present for a HELD account and is only for a HELD, RELEASED, REPATRIATED or DEAD account; kind is "
                  + kind);
    }
  }

  @Test
  void aFacilityIsForEveryKindButOutside() {
    assertThat(
            account(
                AccountKind.AT_LARGE, Optional.empty(), Optional.of(SHADDADI), Optional.empty()))
        .isEqualTo(Account.atLargeFrom(SHADDADI, FIGHTERS));
    assertThat(account(AccountKind.HELD, Optional.of(SDF), Optional.of(SHADDADI), Optional.empty()))
        .isEqualTo(Account.heldAt(SDF, SHADDADI, FIGHTERS));
    for (AccountKind kind :
        new AccountKind[] {AccountKind.RELEASED, AccountKind.REPATRIATED, AccountKind.DEAD}) {
      assertThat(
              account(kind, Optional.empty(), Optional.of(SHADDADI), Optional.empty()).facility())
          .contains(SHADDADI);
    }
    assertThatThrownBy(
            () ->
                account(
                    AccountKind.OUTSIDE, Optional.empty(), Optional.of(SHADDADI), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.facility (al-shaddadi) is not for an OUTSIDE account, which is nowhere");
  }

  @Test
  void aCountryIsWhereTheyAreHeldOrWentTo() {
    assertThat(account(AccountKind.HELD, Optional.of(SDF), Optional.empty(), Optional.of(SY)))
        .isEqualTo(Account.heldIn(SDF, SY, FIGHTERS));
    assertThat(
            account(AccountKind.RELEASED, Optional.empty(), Optional.empty(), Optional.of(SY))
                .country())
        .contains(SY);
    assertThat(
            account(AccountKind.REPATRIATED, Optional.empty(), Optional.empty(), Optional.of(SY)))
        .isEqualTo(Account.repatriatedTo(SY, FIGHTERS));

    assertThatThrownBy(
            () ->
                account(AccountKind.HELD, Optional.of(SDF), Optional.of(SHADDADI), Optional.of(SY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.country (SY) is only for a HELD account without a facility or a RELEASED or REPATRIATED account; was HELD at al-shaddadi");
    assertThatThrownBy(
            () ->
                account(AccountKind.AT_LARGE, Optional.empty(), Optional.empty(), Optional.of(SY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.country (SY) is only for a HELD account without a facility or a RELEASED or REPATRIATED account; was AT_LARGE");
    assertThatThrownBy(
            () ->
                account(
                    AccountKind.AT_LARGE, Optional.empty(), Optional.of(SHADDADI), Optional.of(SY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.country (SY) is only for a HELD account without a facility or a RELEASED or REPATRIATED account; was AT_LARGE at al-shaddadi");
    assertThatThrownBy(
            () -> account(AccountKind.DEAD, Optional.empty(), Optional.empty(), Optional.of(SY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.country (SY) is only for a HELD account without a facility or a RELEASED or REPATRIATED account; was DEAD");
  }

  @Test
  void thoseWhoLeaveCustodyKeepWhereTheyLeftFrom() {
    Account held = Account.heldAt(SDF, SHADDADI, FIGHTERS);
    Account released = Account.releasedFrom(held);
    assertThat(released.kind()).isEqualTo(AccountKind.RELEASED);
    assertThat(released.custodian()).contains(SDF);
    assertThat(released.facility()).contains(SHADDADI);
    assertThat(released.country()).isEmpty();
    assertThat(released.hasLeftCustody()).isTrue();
    assertThat(Account.releasedFrom(held, SY).country()).contains(SY);
    assertThat(Account.repatriatedFrom(held, SY).country()).contains(SY);
    assertThat(Account.repatriatedFrom(held).country()).isEmpty();
    assertThat(Account.deadFrom(held))
        .isEqualTo(
            account(AccountKind.DEAD, Optional.of(SDF), Optional.of(SHADDADI), Optional.empty()));
    assertThat(Account.deadFrom(Account.atLargeFrom(SHADDADI, FIGHTERS)))
        .isEqualTo(
            account(AccountKind.DEAD, Optional.empty(), Optional.of(SHADDADI), Optional.empty()));
    assertThat(held.hasLeftCustody()).isFalse();
    assertThat(Account.atLarge(FIGHTERS).hasLeftCustody()).isFalse();
    assertThat(released).isNotEqualTo(Account.releasedFrom(Account.heldAt(SDF, HOL, FIGHTERS)));
  }

  @Test
  void onlyAHeldAccountCanBeLeftForRelease() {
    assertThatThrownBy(() -> Account.releasedFrom(Account.atLarge(FIGHTERS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.from (at large: fighters affiliated with isis) must be a held account to leave"
                + " custody as released");
    assertThatThrownBy(() -> Account.deadFrom(Account.released(FIGHTERS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.from (released: fighters affiliated with isis) must be a held account to leave"
                + " custody as dead");
  }

  @Test
  void copiesAreCheckedToo() {
    ImmutableAccount held = (ImmutableAccount) Account.heldAt(SDF, SHADDADI, FIGHTERS);

    assertThat(held.copyWithCustodian(SYRIA)).isEqualTo(Account.heldAt(SYRIA, SHADDADI, FIGHTERS));
    assertThatThrownBy(() -> held.copyWithCountry(SY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.country (SY) is only for a HELD account without a facility or a RELEASED or REPATRIATED account; was HELD at al-shaddadi");
    assertThatThrownBy(() -> held.copyWithKind(AccountKind.AT_LARGE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Account.custodian (sdf) must be present for a HELD account and is only for a HELD, RELEASED, REPATRIATED or DEAD account; kind is AT_LARGE");
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
    Account held = Account.heldAt(SDF, SHADDADI, FIGHTERS);
    assertThat(Account.releasedFrom(held, SY))
        .hasToString(
            "released into SY from al-shaddadi (held by sdf): fighters affiliated with isis");
    assertThat(Account.repatriatedFrom(held, SY))
        .hasToString(
            "repatriated to SY from al-shaddadi (held by sdf): fighters affiliated with isis");
    assertThat(Account.deadFrom(held))
        .hasToString("dead from al-shaddadi (held by sdf): fighters affiliated with isis");
    assertThat(Account.repatriatedTo(SY, FIGHTERS))
        .hasToString("repatriated to SY: fighters affiliated with isis");
  }
}
