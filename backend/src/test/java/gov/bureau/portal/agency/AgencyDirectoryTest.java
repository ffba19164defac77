package gov.bureau.portal.agency;

import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestCodes;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The read interface other areas use, against rows written straight into the tables. */
@MicronautTest(transactional = false)
class AgencyDirectoryTest extends IntegrationTest {

    @Inject
    AgencyDirectory directory;
    @Inject
    AgencyRepository agencies;
    @Inject
    PractitionerRepository people;
    @Inject
    CertificateRepository certificates;
    @Inject
    TrackRecordRepository trackRecords;
    @Inject
    InterestUnitRepository interestUnits;

    @Test
    void poolMembersCarryInterestUnitsQualifiedLeadEvaluatorsAndTrackRecord() {
        Agency approved = agency(unique("池内"), AgencyStatus.APPROVED);
        Agency draft = agency(unique("草稿"), AgencyStatus.DRAFT);
        Practitioner valid = person(approved, PersonRole.LEAD_EVALUATOR, "张评", true);
        Practitioner expired = person(approved, PersonRole.LEAD_EVALUATOR, "李评", true);
        Practitioner removed = person(approved, PersonRole.LEAD_EVALUATOR, "王评", false);
        Practitioner expert = person(approved, PersonRole.EXPERT, "赵专", true);
        certificate(valid, LocalDate.now().plusYears(1));
        certificate(valid, LocalDate.now().minusYears(1));
        certificate(expired, LocalDate.now().minusDays(2));
        certificate(removed, LocalDate.now().plusYears(1));
        certificate(expert, LocalDate.now().plusYears(1));
        track(approved, "KEY_EVALUATION");
        track(approved, "KEY_EVALUATION");
        track(approved, "MONITORING");
        track(approved, null);
        interestUnits.save(new InterestUnit(null, approved.getId(), "  某区财政局 ", "曾为其审计", 0));
        interestUnits.save(new InterestUnit(null, approved.getId(), "某区教育局", null, 1));
        interestUnits.save(new InterestUnit(null, draft.getId(), "不应出现的单位", null, 0));

        List<PoolMember> pool = directory.poolMembers();

        assertThat(pool).extracting(PoolMember::id).contains(approved.getId()).doesNotContain(draft.getId());
        assertThat(pool).allMatch(m -> m.status() == AgencyStatus.APPROVED);
        PoolMember member = pool.stream().filter(m -> m.id() == approved.getId()).findFirst().orElseThrow();
        assertThat(member.name()).isEqualTo(approved.getName());
        assertThat(member.type()).isEqualTo(AgencyType.ACCOUNTING_FIRM);
        assertThat(member.interestUnits()).isEqualTo(Set.of("某区财政局", "某区教育局"));
        assertThat(member.qualifiedLeadEvaluators()).isEqualTo(1);
        assertThat(member.trackRecordByWorkType()).isEqualTo(Map.of("KEY_EVALUATION", 2, "MONITORING", 1));
    }

    @Test
    void findsSummariesAndPeople() {
        Agency a = agency(unique("目录"), AgencyStatus.SUBMITTED);
        Agency b = agency(unique("目录"), AgencyStatus.APPROVED);
        person(a, PersonRole.OTHER, "钱其", true);
        person(a, PersonRole.LEAD_EVALUATOR, "孙主", true);
        person(a, PersonRole.EXPERT, "周专", false);

        assertThat(directory.find(a.getId())).contains(new AgencySummary(a.getId(), a.getName(), a.getUscc(),
                AgencyType.ACCOUNTING_FIRM, AgencyStatus.SUBMITTED));
        assertThat(directory.find(987654321L)).isEmpty();
        assertThat(directory.findAll(List.of(a.getId(), b.getId(), 987654321L))).containsOnlyKeys(a.getId(), b.getId());
        assertThat(directory.findAll(List.of())).isEmpty();
        assertThat(directory.people(a.getId())).extracting(AgencyPerson::name, AgencyPerson::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("孙主", "LEAD_EVALUATOR"),
                        org.assertj.core.groups.Tuple.tuple("钱其", "OTHER"));
    }

    private Agency agency(String name, AgencyStatus status) {
        Agency a = new Agency();
        a.setName(name);
        a.setUscc(TestCodes.uscc());
        a.setAgencyType(AgencyType.ACCOUNTING_FIRM);
        a.setContactName("联系人");
        a.setContactPhone("13800000000");
        a.setEmail("contact@example.cn");
        a.setStatus(status);
        a.setRegisteredAt(Instant.now());
        a.setRegisteredCapital(new BigDecimal("1000000.00"));
        return agencies.save(a);
    }

    private Practitioner person(Agency a, PersonRole role, String name, boolean active) {
        return people.save(new Practitioner(null, a.getId(), role, name,
                role == PersonRole.LEAD_EVALUATOR ? IdType.RESIDENT_ID : null,
                role == PersonRole.LEAD_EVALUATOR ? "11010519491231002X" : null, "高级会计师", null, null, null, 5, null, 0,
                active, Instant.now(), Instant.now()));
    }

    private void certificate(Practitioner p, LocalDate expires) {
        certificates.save(new Certificate(null, p.id(), p.agencyId(), "注册会计师", "CPA-" + unique(""), null, expires, 0));
    }

    private void track(Agency a, String workType) {
        trackRecords.save(new TrackRecord(null, a.getId(), "某区财政局", "项目绩效评价", 2024, new BigDecimal("120000.00"),
                "优秀", workType, 0));
    }
}
