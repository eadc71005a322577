package dev.custody.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A figure with more conflicting pairs than a report shows: the widest, and how many more. */
class ManyConflictsTest {

  @Test
  void the_report_shows_the_widest_conflicts_and_counts_the_rest() {
    ActorId keeper = ActorId.of("keeper");
    ActorId group = ActorId.of("group");
    FacilityId jail = FacilityId.of("jail");
    World world =
        World.of(
            List.of(
                Actor.of(keeper, "Keeper", ActorKind.STATE),
                Actor.of(group, "Group", ActorKind.DESIGNATED_ORGANISATION)),
            List.of(
                Facility.of(jail, "Jail", FacilityKind.PRISON, Location.in(CountryCode.of("SY")))));
    When day = When.at(Instant.parse("2026-01-20T00:00:00Z"));
    List<Claim> claims = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      claims.add(Claim.of(Estimate.exactly(i * 100L), Source.of(keeper), day));
    }
    Account held = Account.heldAt(keeper, jail, Cohort.of(CohortCategory.FIGHTERS, group));
    Ledger ledger =
        Ledger.of(world)
            .append(
                CensusTaken.of(
                    EventId.of("count"), day, CensusScope.account(held), Figure.of(claims)))
            .orElseThrow();

    String text = Report.of(ledger, day.end(), Optional.empty()).render(ReportFormat.TEXT);

    // twelve claims that pairwise disagree: 66 conflicts, of which the report lists ten
    assertThat(text)
        .contains("count (census-taken) count: 12 claims, 66 conflicts")
        .contains("the 10 widest conflicts are shown; 56 others not.")
        .contains("exactly 1,200 (keeper)");
    String json = Report.of(ledger, day.end(), Optional.empty()).render(ReportFormat.JSON);
    assertThat(json).contains("\"conflictCount\": 66");
  }
}
