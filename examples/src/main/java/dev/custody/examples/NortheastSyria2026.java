package dev.custody.examples;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.cli.report.Report;
import dev.custody.cli.report.ReportFormat;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.Flow;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.json.CustodyDocument;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.Alias;
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
import dev.custody.model.NationalityGroup;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The reference case: the custody of Islamic State detainees in northeast Syria in January 2026,
 * when the Syrian government took over most of the territory the SDF had administered, detainees
 * escaped from al-Shaddadi prison, and the United States began moving about 7,000 detainees to
 * Iraq.
 *
 * <p>The actors, facilities, agreements and reported figures are data; everything {@link
 * #main(String[])} prints beyond them is computed by the library.
 *
 * <p>This class only holds constants and is thread-safe.
 */
public final class NortheastSyria2026 {

  /** Syria's zone, UTC+3: the day the ceasefire deadline falls due is a Damascus day. */
  public static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");

  /** Syria. */
  public static final CountryCode SYRIA = CountryCode.of("SY");

  /** Iraq. */
  public static final CountryCode IRAQ = CountryCode.of("IQ");

  /** The United States. */
  public static final ActorId USA = ActorId.of("usa");

  /** U.S. Central Command, which runs the transfer. */
  public static final ActorId CENTCOM = ActorId.of("centcom");

  /** The Syrian Democratic Forces, who guarded the prisons and camps from early 2019. */
  public static final ActorId SDF = ActorId.of("sdf");

  /** The Government of Syria, in Damascus. */
  public static final ActorId SYRIA_GOV = ActorId.of("syria-gov");

  /** The Government of Iraq, which receives the transferred detainees. */
  public static final ActorId IRAQ_GOV = ActorId.of("iraq-gov");

  /** The Islamic State, the detainees' affiliation. */
  public static final ActorId ISIS = ActorId.of("isis");

  /** The New York Times, the channel of the U.S. and Iraqi officials' figures. */
  public static final ActorId NYT = ActorId.of("nyt");

  /** The head of Iraq's Security Media Cell, who gave Iraq's running counts of the transfer. */
  public static final ActorId SAAD_MAAN = ActorId.of("saad-maan");

  /** Iraq's deputy foreign minister. */
  public static final ActorId HISHAM_AL_ALAWI = ActorId.of("hisham-al-alawi");

  /** Reuters, which relayed Iraqi officials' and diplomats' count at the end of January. */
  public static final ActorId REUTERS = ActorId.of("reuters");

  /** Xinhua. */
  public static final ActorId XINHUA = ActorId.of("xinhua");

  /** Shafaq News, of Baghdad. */
  public static final ActorId SHAFAQ_NEWS = ActorId.of("shafaq-news");

  /** MENAFN. */
  public static final ActorId MENAFN = ActorId.of("menafn");

  /** The prison from which detainees escaped amid the clashes. */
  public static final FacilityId AL_SHADDADI = FacilityId.of("al-shaddadi");

  /** The facility in Hasakah from which the first 150 were moved. */
  public static final FacilityId HASAKAH_FACILITY = FacilityId.of("hasakah-facility");

  /** The camp holding tens of thousands of fighters' family members. */
  public static final FacilityId AL_HOL = FacilityId.of("al-hol");

  /** The secure location in Iraq that received the first batch. */
  public static final FacilityId IRAQ_SECURE = FacilityId.of("iraq-secure");

  /** The ISIS fighters held by the SDF. */
  public static final Cohort ISIS_FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ISIS);

  /** The plan to move about 7,000 detainees to Iraq. */
  public static final EventId TRANSFER_PLAN = EventId.of("transfer-plan-to-iraq");

  /** The ceasefire of Tuesday 2026-01-20, with its four-day integration deadline. */
  public static final AgreementId CEASEFIRE = AgreementId.of("ceasefire-2026-01-20");

  /** The obligation of the SDF to decide how to integrate into the Damascus administration. */
  public static final ObligationId DECIDE_INTEGRATION = ObligationId.of("decide-integration");

  private static final When JAN_20 = day(20);
  private static final When JAN_21 = day(21);
  private static final When JAN_22 = day(22);

  private NortheastSyria2026() {}

  /**
   * Returns the day {@code 2026-01-dayOfMonth} in Damascus; a day past the 31st runs on into
   * February (32 is 1 February).
   *
   * @param dayOfMonth the day of January 2026, or past it
   * @return the day
   */
  public static When day(int dayOfMonth) {
    // days past the 31st run on into February, for the transfer mission's running totals
    return When.on(LocalDate.of(2026, 1, 1).plusDays(dayOfMonth - 1L), DAMASCUS);
  }

  /**
   * Returns the actors of the case.
   *
   * @return the actors, states first
   */
  public static ImmutableList<Actor> actors() {
    return ImmutableList.of(
        Actor.of(USA, "United States", ActorKind.STATE),
        Actor.builder()
            .id(CENTCOM)
            .name("U.S. Central Command")
            .kind(ActorKind.ARMED_FORCES)
            .addAliases(Alias.of("CENTCOM"))
            .parent(USA)
            .build(),
        Actor.builder()
            .id(ActorId.of("brad-cooper"))
            .name("Adm. Brad Cooper")
            .kind(ActorKind.OFFICIAL)
            .parent(CENTCOM)
            .build(),
        Actor.builder()
            .id(ActorId.of("tom-barrack"))
            .name("Tom Barrack")
            .kind(ActorKind.OFFICIAL)
            .parent(USA)
            .build(),
        Actor.builder()
            .id(SDF)
            .name("Syrian Democratic Forces")
            .kind(ActorKind.NON_STATE_ARMED_GROUP)
            .addAliases(Alias.of("SDF"), Alias.of("Syrian Defense Forces"))
            .build(),
        Actor.builder()
            .id(SYRIA_GOV)
            .name("Government of Syria")
            .kind(ActorKind.STATE)
            .addAliases(Alias.of("Damascus"))
            .build(),
        Actor.of(IRAQ_GOV, "Government of Iraq", ActorKind.STATE),
        Actor.builder()
            .id(SAAD_MAAN)
            .name("Saad Maan")
            .kind(ActorKind.OFFICIAL)
            .parent(IRAQ_GOV)
            .build(),
        Actor.builder()
            .id(HISHAM_AL_ALAWI)
            .name("Hisham al-Alawi")
            .kind(ActorKind.OFFICIAL)
            .parent(IRAQ_GOV)
            .build(),
        Actor.builder()
            .id(ISIS)
            .name("Islamic State")
            .kind(ActorKind.DESIGNATED_ORGANISATION)
            .addAliases(Alias.of("ISIS"), Alias.of("IS"))
            .build(),
        Actor.of(NYT, "The New York Times", ActorKind.MEDIA),
        Actor.of(ActorId.of("all-israel-news"), "All Israel News", ActorKind.MEDIA),
        Actor.of(ActorId.of("i24news"), "i24NEWS", ActorKind.MEDIA),
        Actor.of(ActorId.of("aaron-zelin"), "Aaron Zelin", ActorKind.ANALYST),
        Actor.of(ActorId.of("charles-lister"), "Charles Lister", ActorKind.ANALYST),
        Actor.of(REUTERS, "Reuters", ActorKind.MEDIA),
        Actor.of(XINHUA, "Xinhua", ActorKind.MEDIA),
        Actor.of(SHAFAQ_NEWS, "Shafaq News", ActorKind.MEDIA),
        Actor.of(MENAFN, "MENAFN", ActorKind.MEDIA));
  }

  /**
   * Returns the facilities of the case. The two unnamed jails in eastern Syria are recorded as
   * such; the plan's scope admits more.
   *
   * @return the facilities
   */
  public static ImmutableList<Facility> facilities() {
    Location hasakah = Location.in(SYRIA, "Hasakah");
    return ImmutableList.of(
        Facility.of(AL_SHADDADI, "al-Shaddadi prison", FacilityKind.PRISON, hasakah),
        Facility.of(
            HASAKAH_FACILITY, "a detention facility in Hasakah", FacilityKind.PRISON, hasakah),
        Facility.of(AL_HOL, "al-Hol camp", FacilityKind.DETENTION_CAMP, hasakah),
        Facility.of(
            FacilityId.of("eastern-jail-1"),
            "an unnamed jail in eastern Syria",
            FacilityKind.PRISON,
            Location.in(SYRIA)),
        Facility.of(
            FacilityId.of("eastern-jail-2"),
            "another unnamed jail in eastern Syria",
            FacilityKind.PRISON,
            Location.in(SYRIA)),
        Facility.of(
            IRAQ_SECURE,
            "a secure location in Iraq",
            FacilityKind.UNDISCLOSED_SITE,
            Location.in(IRAQ)));
  }

  /**
   * Returns the ceasefire between the SDF and the Syrian government, agreed on 2026-01-20, with the
   * SDF's obligation to decide on integration within four days.
   *
   * @return the agreement
   */
  public static Agreement ceasefire() {
    return Agreement.builder()
        .id(CEASEFIRE)
        .kind(AgreementKind.CEASEFIRE)
        .title("Ceasefire between the SDF and the Syrian government")
        .addParties(SDF, SYRIA_GOV)
        .concluded(JAN_20)
        .addObligations(
            Obligation.of(
                DECIDE_INTEGRATION,
                SDF,
                "decide how to integrate its military and civilian institutions into the"
                    + " Damascus administration",
                Deadline.daysAfter(JAN_20, 4, DAMASCUS)))
        .build();
  }

  /**
   * Returns the arrangement between the United States and Iraq to move detainees to Iraq, announced
   * on 2026-01-21, which has no reported deadline.
   *
   * @return the agreement
   */
  public static Agreement transferArrangement() {
    return Agreement.builder()
        .id(AgreementId.of("transfer-to-iraq"))
        .kind(AgreementKind.TRANSFER_ARRANGEMENT)
        .title("Transfer of ISIS detainees from northeast Syria to Iraq")
        .addParties(USA, IRAQ_GOV)
        .concluded(JAN_21)
        .addObligations(
            Obligation.of(
                ObligationId.of("pay-for-detention"),
                USA,
                "pay for jailing and processing the transferred detainees for future trials"),
            Obligation.of(ObligationId.of("receive-detainees"), IRAQ_GOV, "receive the detainees"))
        .build();
  }

  /**
   * Returns the three claims about how many escaped from al-Shaddadi.
   *
   * @return the figure: over 1,000 (SDF), around 150 (Syrian government), as many as 200 (a U.S.
   *     military official, via the NYT)
   */
  public static Figure escapesFromAlShaddadi() {
    return Figure.of(
        Claim.of(Estimate.moreThan(1_000), Source.of(SDF), JAN_21),
        Claim.of(Estimate.about(150), Source.of(SYRIA_GOV), JAN_21),
        Claim.builder()
            .estimate(Estimate.upTo(200))
            .source(Source.of(USA, "a U.S. military official"))
            .channel(NYT)
            .reported(JAN_22)
            .build());
  }

  /**
   * Returns the Syrian government's claim of how many escapees were recaptured.
   *
   * @return 81, and still searching
   */
  public static Claim recapturedPerSyrianGovernment() {
    return Claim.builder()
        .estimate(Estimate.exactly(81))
        .source(Source.of(SYRIA_GOV))
        .reported(JAN_21)
        .note("still searching")
        .build();
  }

  /**
   * Returns the U.S. claim of how many detainees were still held in Syria.
   *
   * @return roughly 9,000, from a U.S. military official via the NYT
   */
  public static Claim stillHeldInSyria() {
    return relayed(Estimate.about(9_000));
  }

  /**
   * Returns the U.S. claim of how many detainees are to be moved to Iraq.
   *
   * @return some 7,000, from a U.S. military official via the NYT
   */
  public static Claim plannedForTransfer() {
    return relayed(Estimate.exactly(7_000));
  }

  /**
   * Returns CENTCOM's claim of how many were in the first batch moved to Iraq.
   *
   * @return 150 fighters
   */
  public static Claim firstBatch() {
    return Claim.of(Estimate.exactly(150), Source.of(CENTCOM), JAN_21);
  }

  /**
   * Returns who is counted at al-Hol: fighters' family members, many of them foreigners.
   *
   * @return the cohort
   */
  public static Cohort foreignFamilyMembers() {
    return Cohort.of(CohortCategory.FAMILY_MEMBERS, ISIS, NationalityGroup.allExcept(SYRIA, IRAQ));
  }

  /**
   * Returns the world of the case: its actors and facilities.
   *
   * @return the world
   */
  public static World world() {
    return World.of(actors(), facilities());
  }

  /**
   * Returns the case as events, in the order they were reported (which is not their time order: the
   * ledger sorts them).
   *
   * @return the events
   */
  public static ImmutableList<Event> events() {
    When early2019 = When.between(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 4, 30), DAMASCUS);
    When weekBefore20 = When.weekBefore(LocalDate.of(2026, 1, 20), DAMASCUS);
    ImmutableList.Builder<Event> events = ImmutableList.builder();
    for (Facility facility : facilities()) {
      if (facility.location().country().equals(SYRIA)) {
        events.add(
            ControlChanged.first(
                EventId.of(facility.id() + "-held-by-sdf"), early2019, facility.id(), SDF));
      }
    }
    events.add(
        ControlChanged.first(
            EventId.of("iraq-secure-held-by-iraq"), early2019, IRAQ_SECURE, IRAQ_GOV));
    events.add(
        DetaineesEscaped.of(
            EventId.of("al-shaddadi-breakout"),
            weekBefore20,
            Account.heldAt(SDF, AL_SHADDADI, ISIS_FIGHTERS),
            escapesFromAlShaddadi()));
    events.add(
        ControlChanged.of(
            EventId.of("al-shaddadi-taken"), weekBefore20, AL_SHADDADI, SDF, SYRIA_GOV));
    events.add(AgreementConcluded.of(EventId.of("ceasefire-agreed"), ceasefire()));
    events.add(
        ControlChanged.of(
            EventId.of("al-hol-taken"),
            When.between(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 21), DAMASCUS),
            AL_HOL,
            SDF,
            SYRIA_GOV));
    events.add(
        AgreementConcluded.of(EventId.of("transfer-arrangement-announced"), transferArrangement()));
    events.add(
        TransferPlanned.builder()
            .id(TRANSFER_PLAN)
            .when(JAN_21)
            .planner(CENTCOM)
            .cohort(ISIS_FIGHTERS)
            .addNamedFacilities(AL_SHADDADI)
            .unnamedFacilities(2)
            .originCountry(SYRIA)
            .receiver(IRAQ_GOV)
            .destination(IRAQ_SECURE)
            .payer(USA)
            .agreement(AgreementId.of("transfer-to-iraq"))
            .size(Figure.of(plannedForTransfer()))
            .build());
    events.add(
        DetaineesTransferred.builder()
            .id(EventId.of("first-batch-to-iraq"))
            .when(JAN_21)
            .from(Account.heldAt(SDF, HASAKAH_FACILITY, ISIS_FIGHTERS))
            .to(Account.heldAt(IRAQ_GOV, IRAQ_SECURE, ISIS_FIGHTERS))
            .size(Figure.of(firstBatch()))
            .carrier(CENTCOM)
            .plan(TRANSFER_PLAN)
            .build());
    events.add(
        DetaineesRecaptured.of(
            EventId.of("al-shaddadi-recaptures"),
            JAN_21,
            Account.atLargeFrom(AL_SHADDADI, ISIS_FIGHTERS),
            Account.held(SYRIA_GOV, ISIS_FIGHTERS),
            Figure.of(recapturedPerSyrianGovernment())));
    events.add(
        CensusTaken.of(
            EventId.of("still-held-in-syria"),
            JAN_22,
            CensusScope.country(SYRIA).withCohort(ISIS_FIGHTERS),
            Figure.of(stillHeldInSyria())));
    events.addAll(transferredSoFar());
    return events.build();
  }

  /**
   * Returns the running totals of the transfers made under the plan, from the end of January to the
   * end of the mission on 12 February: Iraqi officials' and diplomats' "about 500" and a foreign
   * ministry official's "under 500" by 30 January (Reuters), the deputy foreign minister's "around
   * 450" on 1 February, the Security Media Cell's 2,250 on 7 February and 4,583 on 9 February, and
   * CENTCOM's "more than 5,700" beside Iraq's judicial cooperation centre's 5,704 at the end. Every
   * batch after the first is known only through them.
   *
   * @return the running totals, in time order
   */
  public static ImmutableList<RunningTotalReported> transferredSoFar() {
    return ImmutableList.of(
        soFar(
            "transferred-by-30-january",
            30,
            Claim.builder()
                .estimate(Estimate.parse("about 500"))
                .source(
                    Source.relayedBy(
                        REUTERS,
                        "two Iraqi judicial officials, two Iraqi security officials and three"
                            + " diplomats"))
                .reported(day(30))
                .note(
                    "Reuters, Baghdad, 30 January 2026, on the transfers slowing at Baghdad's"
                        + " request (https://www.straitstimes.com/world/middle-east/us-slows-"
                        + "transfers-of-islamic-state-detainees-to-iraq-sources-say)")
                .build(),
            Claim.builder()
                .estimate(Estimate.parse("under 500"))
                .source(Source.of(IRAQ_GOV, "an Iraqi foreign ministry official"))
                .channel(REUTERS)
                .reported(day(30))
                .note("the same Reuters report")
                .build()),
        soFar(
            "transferred-by-1-february",
            32,
            Claim.builder()
                .estimate(Estimate.parse("around 450"))
                .source(Source.of(HISHAM_AL_ALAWI, "Iraq's deputy foreign minister"))
                .channel(MENAFN)
                .reported(day(32))
                .note(
                    "said on Sunday 1 February that most of the detainees were still in Syrian"
                        + " prisons; MENAFN, 2 February 2026"
                        + " (https://menafn.com/1110680992/Iraq-Receives-Hundreds-of-ISIS-Detainees-from-Syria)")
                .build()),
        soFar(
            "transferred-by-7-february",
            38,
            Claim.builder()
                .estimate(Estimate.parse("2,250"))
                .source(Source.of(SAAD_MAAN, "head of Iraq's Security Media Cell"))
                .channel(XINHUA)
                .reported(day(38))
                .note(
                    "by land and air, in coordination with the coalition; Xinhua, Baghdad, 7"
                        + " February 2026"
                        + " (http://namibiadailynews.info/iraq-receives-2250-is-detainees-from-syria/)")
                .build()),
        soFar(
            "transferred-by-9-february",
            40,
            Claim.builder()
                .estimate(Estimate.parse("4,583"))
                .source(Source.of(SAAD_MAAN, "head of Iraq's Security Media Cell"))
                .channel(SHAFAQ_NEWS)
                .reported(day(40))
                .note(
                    "Iraqis, Syrians and other nationals; Shafaq News, 9 February 2026"
                        + " (https://www.shafaq.com/en/Security/ISIS-detainee-relocations-from-"
                        + "Syria-to-Iraq-surpass-4-000)")
                .build()),
        soFar(
            "transfer-mission-completed",
            43,
            Claim.builder()
                .estimate(Estimate.parse("more than 5,700"))
                .source(Source.of(CENTCOM))
                .reported(day(44))
                .note(
                    "adult male fighters, in a 23-day mission from 21 January to a last night"
                        + " flight on 12 February; CENTCOM, 13 February 2026"
                        + " (https://www.dvidshub.net/news/558158/us-forces-complete-mission-"
                        + "syria-transfer-isis-detainees-iraq)")
                .build(),
            Claim.builder()
                .estimate(Estimate.parse("5,704"))
                .source(
                    Source.of(
                        IRAQ_GOV, "Iraq's National Center for International Judicial Cooperation"))
                .channel(SHAFAQ_NEWS)
                .reported(day(44))
                .note(
                    "of 61 nationalities, 3,543 of them Syrian and 467 Iraqi; Shafaq News, 13"
                        + " February 2026"
                        + " (https://www.shafaq.com/en/Security/Iraq-receives-about-6K-ISIS-members-from-Syria)")
                .build()));
  }

  /**
   * A running total of the transfers under the plan out of Syria, by a day counted from January.
   */
  private static RunningTotalReported soFar(String id, int dayFromJanuary, Claim... claims) {
    return RunningTotalReported.of(
            EventId.of(id),
            day(dayFromJanuary),
            Flow.TRANSFERRED,
            CensusScope.country(SYRIA).withCohort(ISIS_FIGHTERS),
            Figure.of(ImmutableList.copyOf(claims)))
        .withPlan(TRANSFER_PLAN);
  }

  /**
   * Returns the case as one document, the form {@code examples/scenarios/northeast-syria-2026.json}
   * holds in JSON.
   *
   * @return the document: the world and the events, in the order reported
   */
  public static CustodyDocument document() {
    return CustodyDocument.of("Northeast Syria, January 2026", world(), events())
        .withDescription(
            "The custody of Islamic State detainees in northeast Syria when the Syrian government"
                + " took over most of the territory the SDF had administered, detainees escaped"
                + " from al-Shaddadi prison, and the United States began moving about 7,000"
                + " detainees to Iraq.");
  }

  /**
   * Returns the ledger of the case, read as the envelope of all claims.
   *
   * @return the ledger with every event accepted
   * @throws IllegalStateException if the library rejects an event of the case
   */
  public static Ledger ledger() {
    AppendResult result = Ledger.of(world()).appendAll(events());
    if (!result.isAccepted()) {
      throw new IllegalStateException("the reference case was rejected: " + result.verdict());
    }
    return result.ledger();
  }

  private static Claim relayed(Estimate estimate) {
    return Claim.builder()
        .estimate(estimate)
        .source(Source.of(USA, "a U.S. military official"))
        .channel(NYT)
        .reported(JAN_22)
        .build();
  }

  /**
   * Prints the report of the case at noon on 2026-01-23 in Damascus, as {@code custody report} does
   * for its JSON file.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }

  /**
   * Returns noon on {@code 2026-01-dayOfMonth} in Damascus; a day past the 31st runs on into
   * February, as for {@link #day(int)}.
   *
   * @param dayOfMonth the day of January 2026, or past it
   * @return the instant
   */
  public static Instant noon(int dayOfMonth) {
    return ZonedDateTime.of(2026, 1, 1, 12, 0, 0, 0, DAMASCUS)
        .plusDays(dayOfMonth - 1L)
        .toInstant();
  }

  /**
   * Writes the text report of the case at noon on 2026-01-23 in Damascus to {@code out}: every
   * figure in it is computed from the events of {@link #ledger()} by the aggregates.
   *
   * @param out where to write
   */
  public static void print(PrintStream out) {
    out.print(Report.of(ledger(), noon(23), Optional.empty()).render(ReportFormat.TEXT));
  }
}
