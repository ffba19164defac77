package gov.bureau.portal.agency;

import gov.bureau.portal.agency.validation.ResidentId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ProfileDiffTest {

    private static ProfileData withLeads(ProfileData p, List<ProfileData.Person> leads) {
        return new ProfileData(p.name(), p.uscc(), p.agencyType(), p.independentLegalPerson(), p.headOffice(),
                p.registeredAddress(), p.foundedOn(), p.registeredCapital(), p.contactName(), p.contactPhone(), p.email(),
                p.businessScope(), p.qualitySystem(), p.legalRepresentative(), leads, p.branches(), p.experts(),
                p.otherPractitioners(), p.trackRecord(), p.documents(), p.declarationAccepted(), p.interestUnits(), p.shareholders());
    }

    @Test
    void identicalProfilesHaveNoChanges() {
        assertThat(ProfileDiff.between(ProfileRulesTest.complete(), ProfileRulesTest.complete())).isEmpty();
    }

    @Test
    void scalarFieldsAreComparedOneByOne() {
        ProfileData a = ProfileRulesTest.complete();
        ProfileData b = new ProfileData("新名称事务所", a.uscc(), a.agencyType(), a.independentLegalPerson(), a.headOffice(),
                "新地址", a.foundedOn(), new BigDecimal("6000000"), a.contactName(), a.contactPhone(), a.email(),
                a.businessScope(), a.qualitySystem(), a.legalRepresentative(), a.leadEvaluators(), a.branches(), a.experts(),
                a.otherPractitioners(), a.trackRecord(), a.documents(), a.declarationAccepted(), a.interestUnits(), a.shareholders());
        assertThat(ProfileDiff.between(a, b)).extracting(ProfileDiff.Change::block, ProfileDiff.Change::field,
                ProfileDiff.Change::before, ProfileDiff.Change::after).containsExactly(
                tuple("basic", "name", "南京某会计师事务所", "新名称事务所"),
                tuple("basic", "registeredAddress", "南京市鼓楼区中山北路 100 号", "新地址"),
                tuple("basic", "registeredCapital", "5000000.00", "6000000.00"));
    }

    @Test
    void amountsEqualInValueAreNotAChange() {
        ProfileData a = ProfileRulesTest.complete();
        ProfileData b = new ProfileData(a.name(), a.uscc(), a.agencyType(), a.independentLegalPerson(), a.headOffice(),
                a.registeredAddress(), a.foundedOn(), new BigDecimal("5000000"), a.contactName(), a.contactPhone(), a.email(),
                a.businessScope(), a.qualitySystem(), a.legalRepresentative(), a.leadEvaluators(), a.branches(), a.experts(),
                a.otherPractitioners(), a.trackRecord(), a.documents(), a.declarationAccepted(), a.interestUnits(), a.shareholders());
        assertThat(ProfileDiff.between(a, b)).isEmpty();
    }

    @Test
    void peopleAreMatchedByIdSoARenameIsAChangeNotAnExchange() {
        ProfileData a = withLeads(ProfileRulesTest.complete(), List.of(withId(ProfileRulesTest.lead("张主评", ProfileRulesTest.LEAD_ID), 7L)));
        ProfileData b = withLeads(a, List.of(withId(ProfileRulesTest.lead("张新名", ProfileRulesTest.LEAD_ID), 7L)));
        assertThat(ProfileDiff.between(a, b)).extracting(ProfileDiff.Change::block, ProfileDiff.Change::item,
                ProfileDiff.Change::field, ProfileDiff.Change::kind).containsExactly(
                tuple("leadEvaluators", "张新名", "name", ProfileDiff.Kind.CHANGED));
    }

    @Test
    void addedRemovedAndChangedCertificatesAreReported() {
        ProfileData a = ProfileRulesTest.complete();
        ProfileData.Person lead = a.leadEvaluators().get(0);
        ProfileData.Person renewed = new ProfileData.Person(lead.id(), lead.name(), lead.idType(), lead.idNumber(), "正高级会计师",
                lead.field(), lead.employer(), lead.position(), lead.yearsExperience(), lead.phone(),
                List.of(new ProfileData.CertificateData("注册会计师", "320100010023", LocalDate.of(2010, 1, 1), LocalDate.of(2031, 1, 1))));
        ProfileData.Person added = ProfileRulesTest.lead("李新人", "110105194912310021".substring(0, 17) + "X");
        ProfileData b = withLeads(a, List.of(renewed, added));
        List<ProfileDiff.Change> changes = ProfileDiff.between(a, b);
        assertThat(changes).extracting(ProfileDiff.Change::item, ProfileDiff.Change::field, ProfileDiff.Change::kind)
                .containsExactly(tuple("张主评", "title", ProfileDiff.Kind.CHANGED),
                        tuple("张主评", "certificates", ProfileDiff.Kind.CHANGED),
                        tuple("李新人", null, ProfileDiff.Kind.ADDED));
        assertThat(ProfileDiff.between(b, a)).extracting(ProfileDiff.Change::item, ProfileDiff.Change::kind)
                .contains(tuple("李新人", ProfileDiff.Kind.REMOVED));
    }

    @Test
    void theBureauSeesChangedIdNumbersMasked() {
        ProfileData a = ProfileRulesTest.complete();
        ProfileData.LegalRepresentative rep = a.legalRepresentative();
        String other = gov.bureau.portal.agency.validation.ResidentId.compose("320106", LocalDate.of(1972, 3, 14), 216);
        ProfileData b = new ProfileData(a.name(), a.uscc(), a.agencyType(), a.independentLegalPerson(), a.headOffice(),
                a.registeredAddress(), a.foundedOn(), a.registeredCapital(), a.contactName(), a.contactPhone(), a.email(),
                a.businessScope(), a.qualitySystem(), new ProfileData.LegalRepresentative(rep.name(), rep.idType(), other, rep.phone()),
                a.leadEvaluators(), a.branches(), a.experts(), a.otherPractitioners(), a.trackRecord(), a.documents(),
                a.declarationAccepted(), a.interestUnits(), a.shareholders());
        ProfileDiff.Change plain = ProfileDiff.between(a, b).get(0);
        ProfileDiff.Change masked = ProfileDiff.masked(a, b).get(0);
        assertThat(plain.after()).isEqualTo(other);
        assertThat(masked.field()).isEqualTo("idNumber");
        assertThat(masked.before()).contains("********").doesNotContain(rep.idNumber());
        assertThat(masked.after()).contains("********").doesNotContain(other);
        List<ProfileDiff.Change> removed = ProfileDiff.masked(a, withLeads(a, List.of()));
        assertThat(removed.get(0).kind()).isEqualTo(ProfileDiff.Kind.REMOVED);
        assertThat(removed.get(0).before()).doesNotContain(a.leadEvaluators().get(0).idNumber());
    }

    @Test
    void documentsAndInterestUnitsAreCompared() {
        ProfileData a = ProfileRulesTest.complete();
        ProfileData b = new ProfileData(a.name(), a.uscc(), a.agencyType(), a.independentLegalPerson(), a.headOffice(),
                a.registeredAddress(), a.foundedOn(), a.registeredCapital(), a.contactName(), a.contactPhone(), a.email(),
                a.businessScope(), a.qualitySystem(), a.legalRepresentative(), a.leadEvaluators(), a.branches(), a.experts(),
                a.otherPractitioners(), a.trackRecord(), List.of(), a.declarationAccepted(),
                List.of(new ProfileData.InterestUnitData(null, "某区审计局", "已解除顾问关系"),
                        new ProfileData.InterestUnitData(null, "某区教育局", null)), a.shareholders());
        assertThat(ProfileDiff.between(a, b)).extracting(ProfileDiff.Change::block, ProfileDiff.Change::kind).containsExactly(
                tuple("documents", ProfileDiff.Kind.REMOVED),
                tuple("interestUnits", ProfileDiff.Kind.CHANGED),
                tuple("interestUnits", ProfileDiff.Kind.ADDED));
    }

    private static ProfileData.Person withId(ProfileData.Person p, Long id) {
        return new ProfileData.Person(id, p.name(), p.idType(), p.idNumber(), p.title(), p.field(), p.employer(), p.position(),
                p.yearsExperience(), p.phone(), p.certificates());
    }

    @Test
    void shareholdersAreComparedAndTheirIdNumbersShownMaskedToTheBureau() {
        ProfileData a = ProfileRulesTest.complete();
        ProfileData.ShareholderData first = a.shareholders().get(0);
        ProfileData b = new ProfileData(a.name(), a.uscc(), a.agencyType(), a.independentLegalPerson(), a.headOffice(),
                a.registeredAddress(), a.foundedOn(), a.registeredCapital(), a.contactName(), a.contactPhone(), a.email(),
                a.businessScope(), a.qualitySystem(), a.legalRepresentative(), a.leadEvaluators(), a.branches(), a.experts(),
                a.otherPractitioners(), a.trackRecord(), a.documents(), a.declarationAccepted(), a.interestUnits(),
                List.of(new ProfileData.ShareholderData(first.id(), first.holderKind(), first.name(), first.idType(),
                        ResidentId.compose("320106", LocalDate.of(1975, 1, 2), 17), new BigDecimal("100"))));
        List<ProfileDiff.Change> changes = ProfileDiff.masked(a, b);
        assertThat(changes).extracting(ProfileDiff.Change::block, ProfileDiff.Change::field, ProfileDiff.Change::kind).containsExactly(
                tuple("shareholders", null, ProfileDiff.Kind.REMOVED),
                tuple("shareholders", "idNumber", ProfileDiff.Kind.CHANGED),
                tuple("shareholders", "sharePercent", ProfileDiff.Kind.CHANGED));
        assertThat(changes.get(1).after()).contains("*");
        assertThat(changes.get(2).before()).isEqualTo("60.00");
    }
}
