package dev.custody.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.MovementKind;
import dev.custody.event.TransferPlanned;
import dev.custody.model.ActorId;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How the report names a plan of each kind of movement, and its origins. */
class PlanWordingTest {
  private static final When DAY = When.on(LocalDate.of(2030, 3, 4), ZoneOffset.UTC);
  private static final ActorId KEEPER = ActorId.of("keeper-gov");

  private static TransferPlanned.Builder plan(MovementKind kind) {
    TransferPlanned.Builder builder = TransferPlanned.builder();
    builder
        .id(EventId.of("plan"))
        .when(DAY)
        .planner(KEEPER)
        .cohort(Cohort.of(CohortCategory.DETAINEES, ActorId.of("band")))
        .receiver(ActorId.of("other-gov"))
        .size(Figure.of(Claim.of(Estimate.exactly(10), Source.of(KEEPER), DAY)))
        .movementKind(kind);
    return builder;
  }

  @Test
  void eachKindOfPlanIsNamedForWhatItDoes() {
    TransferPlanned release =
        plan(MovementKind.RELEASE).addNamedFacilities(FacilityId.of("north-jail")).build();
    TransferPlanned transfer =
        plan(MovementKind.TRANSFER)
            .addNamedFacilities(FacilityId.of("north-jail"))
            .unnamedFacilities(1)
            .originCountry(CountryCode.of("NO"))
            .destination(FacilityId.of("south-site"))
            .build();
    TransferPlanned repatriation =
        plan(MovementKind.REPATRIATION).originCountry(CountryCode.of("NO")).build();

    assertThat(FlowLayout.planTitle(release))
        .isEqualTo(
            "plan: keeper-gov plans to release detainees affiliated with band from north-jail,"
                + " carried out by other-gov, 2030-03-04 (Z)");
    assertThat(FlowLayout.planTitle(transfer))
        .isEqualTo(
            "plan: keeper-gov plans to transfer detainees affiliated with band from north-jail"
                + " and at least 1 other facility in NO to other-gov at south-site, 2030-03-04"
                + " (Z)");
    assertThat(FlowLayout.planTitle(repatriation))
        .isEqualTo(
            "plan: keeper-gov plans a repatriation programme for detainees affiliated with band"
                + " from NO, received by other-gov, 2030-03-04 (Z)");
  }

  @Test
  void theKindsAreWordedAsAReaderSaysThem() {
    assertThat(FlowLayout.kind(MovementKind.TRANSFER)).isEqualTo("a transfer");
    assertThat(FlowLayout.kind(MovementKind.RELEASE)).isEqualTo("a release");
    assertThat(FlowLayout.kind(MovementKind.REPATRIATION)).isEqualTo("a repatriation programme");
    assertThat(FlowLayout.kind(MovementKind.HANDOVER)).isEqualTo("a handover of custody in place");
  }
}
