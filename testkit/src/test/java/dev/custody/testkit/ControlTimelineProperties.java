package dev.custody.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.custody.aggregate.ControlTimeline;
import dev.custody.ledger.Ledger;
import dev.custody.model.FacilityId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link ControlTimeline#ofAll} over generated ledgers (takeovers, handovers of custody with
 * control, extra facilities): one pass over the events gives every facility the timeline that
 * {@link ControlTimeline#of} gives it alone, in the order the facilities are asked, a facility the
 * ledger never names included.
 */
class ControlTimelineProperties {

  @Provide
  Arbitrary<GeneratedLedger> ledgers() {
    return CustodyArbitraries.ledgers().withExtraFacilities(0, 3);
  }

  @Property(tries = 100)
  void one_pass_gives_every_facility_its_own_timeline(
      @ForAll("ledgers") GeneratedLedger generated, @ForAll long seed) {
    Ledger ledger = generated.ledger();
    List<FacilityId> facilities = new ArrayList<>(generated.world().facilities().keySet());
    facilities.add(FacilityId.of("never-named"));
    Collections.shuffle(facilities, new Random(seed));

    ImmutableList<ControlTimeline> all = ControlTimeline.ofAll(ledger, facilities);

    assertThat(all).hasSameSizeAs(facilities);
    int periods = 0;
    for (int i = 0; i < facilities.size(); i++) {
      ControlTimeline alone = ControlTimeline.of(ledger, facilities.get(i));
      assertThat(all.get(i)).isEqualTo(alone);
      assertThat(all.get(i).toString()).isEqualTo(alone.toString());
      periods += alone.periods().size();
    }
    Statistics.label("periods").collect(periods < 5 ? "fewer than 5" : "5 or more");
  }

  @Property(tries = 20)
  void a_facility_asked_twice_is_given_once(@ForAll("ledgers") GeneratedLedger generated) {
    FacilityId anchor = GeneratedLedger.ANCHOR;
    assertThat(ControlTimeline.ofAll(generated.ledger(), List.of(anchor, anchor)))
        .containsExactly(ControlTimeline.of(generated.ledger(), anchor));
  }
}
