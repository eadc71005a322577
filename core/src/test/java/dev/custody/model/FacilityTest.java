package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FacilityTest {
  private static final CountryCode SY = CountryCode.of("SY");
  private static final CountryCode IQ = CountryCode.of("IQ");

  @Test
  void of_builds_a_facility_of_unknown_capacity() {
    Facility alHol =
        Facility.of(
            FacilityId.of("al-hol"),
            "al-Hol camp",
            FacilityKind.DETENTION_CAMP,
            Location.in(SY, "Hasakah"));

    assertThat(alHol.capacity()).isEmpty();
    assertThat(alHol.location().country()).isEqualTo(SY);
    assertThat(alHol.location().region()).contains("Hasakah");
    assertThat(alHol).hasToString("al-Hol camp [al-hol, detention camp, Hasakah, SY]");
  }

  @Test
  void capacity_is_at_least_one() {
    Facility site =
        Facility.of(
            FacilityId.of("iraq-secure"),
            "a secure location in Iraq",
            FacilityKind.UNDISCLOSED_SITE,
            Location.in(IQ));

    assertThat(site.withCapacity(1).capacity()).hasValue(1);
    assertThat(site.withCapacity(5_000))
        .hasToString(
            "a secure location in Iraq [iraq-secure, undisclosed site, IQ, capacity 5000]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> site.withCapacity(0))
        .withMessage("Facility.capacity (0) must be at least 1 for iraq-secure");
  }

  @Test
  void the_name_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Facility.of(FacilityId.of("x"), "", FacilityKind.PRISON, Location.in(SY)))
        .withMessage("Facility.name (\"\") must not be blank");
  }

  @Test
  void locations_print_what_is_known() {
    assertThat(Location.in(IQ)).hasToString("IQ");
    assertThat(Location.in(SY, "Hasakah").withCoordinates(Coordinates.of(36.4, 41)))
        .hasToString("Hasakah, SY (36.4000, 41.0000)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Location.in(SY, " "))
        .withMessage("Location.region (\" \") must not be blank");
  }

  @Test
  void coordinates_lie_on_the_globe() {
    assertThat(Coordinates.of(-90, -180).latitude()).isEqualTo(-90);
    assertThat(Coordinates.of(90, 180).longitude()).isEqualTo(180);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Coordinates.of(90.5, 0))
        .withMessage("Coordinates.latitude (90.5) must be from -90 to 90");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Coordinates.of(0, -180.25))
        .withMessage("Coordinates.longitude (-180.25) must be from -180 to 180");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Coordinates.of(Double.NaN, 0))
        .withMessage("Coordinates.latitude (NaN) must be from -90 to 90");
  }
}
