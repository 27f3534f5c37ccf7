package vn.thidua.command.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.Criterion;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.ParticipantRegistered;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.RegistrationWithdrawn;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.campaign.ReviewKind;
import vn.thidua.api.campaign.ReviewOpened;
import vn.thidua.api.campaign.ScheduledReview;
import vn.thidua.api.campaign.Target;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.platform.axon.TypedIdModule;

/**
 * A Campaign snapshot (CampaignSnapshots) is its state as Jackson writes it: read back, it is the same state,
 * registrations, the one-each index, reviews and all. Otherwise a plan loaded from its snapshot would forget them.
 */
class CampaignSnapshotTest {

    private static final CampaignId PLAN = new CampaignId("lo-ku-vhcs-2019-2025");
    private static final OrgUnitId LO_KU = new OrgUnitId("ubnd-xa-lo-ku");

    private final Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> builder.addModule(new TypedIdModule()))
            .build();

    @Test
    void a_snapshot_reads_back_as_the_same_state() {
        Campaign campaign = new Campaign();
        campaign.on(new CampaignLaunched(PLAN, LO_KU, "63/KH-UBND", "Văn hóa công sở",
                new Period(LocalDate.of(2019, 8, 23), LocalDate.of(2025, 12, 31)), null,
                List.of(new Target(TargetKind.INDIVIDUAL, "Kỷ cương", List.of(new Criterion("kc-1", "Kỷ luật", 50)))),
                List.of(), List.of(new ScheduledReview(ReviewKind.FINAL, 2025, "Tổng kết")), List.of("QĐ 733")));
        campaign.on(new ParticipantRegistered(PLAN, new RegistrationId("dk-hoa"),
                Participant.individual(new PersonId("dinh-thi-hoa"), LO_KU), List.of("Chấp hành giờ giấc")));
        campaign.on(new ParticipantRegistered(PLAN, new RegistrationId("dk-minh"),
                Participant.individual(new PersonId("dinh-van-minh"), LO_KU), List.of("Chấp hành giờ giấc")));
        campaign.on(new RegistrationWithdrawn(PLAN, new RegistrationId("dk-minh"), "chuyển công tác"));
        campaign.on(new ReviewOpened(PLAN, new ReviewId("bao-cao-2020"), ReviewKind.PERIODIC, 2020, "Báo cáo năm 2020"));

        SerializedObject<String> snapshot = serializer.serialize(campaign, String.class);
        Campaign restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(campaign);
        assertThat(snapshot.getData()).contains("dk-hoa", "dinh-thi-hoa", "bao-cao-2020");
    }
}
