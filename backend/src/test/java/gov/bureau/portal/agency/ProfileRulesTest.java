package gov.bureau.portal.agency;

import gov.bureau.portal.agency.validation.ResidentId;
import gov.bureau.portal.agency.validation.Uscc;
import gov.bureau.portal.common.FieldProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProfileRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final String USCC = Uscc.compose("91", "320100", "MA1MXXXX");
    static final String LEAD_ID = ResidentId.compose("320102", LocalDate.of(1980, 5, 12), 123);

    static ProfileData complete() {
        return new ProfileData("南京某会计师事务所", USCC, AgencyType.ACCOUNTING_FIRM, true, null, "南京市鼓楼区中山北路 100 号",
                LocalDate.of(2008, 6, 18), new BigDecimal("5000000.00"), "王联系", "025-83456789", "office@example.cn",
                "审计、预算绩效评价", "三级复核", new ProfileData.LegalRepresentative("陈法人", IdType.RESIDENT_ID,
                ResidentId.compose("320106", LocalDate.of(1972, 3, 14), 215), "13800138000"),
                List.of(lead("张主评", LEAD_ID)),
                List.of(new ProfileData.BranchData(null, "苏州分所", "苏州市", "刘分所", "0512-66778899")),
                List.of(new ProfileData.Person(null, "赵专家", null, null, "教授", "教育", "某大学", null, null, null, List.of())),
                List.of(),
                List.of(new ProfileData.TrackEntry(null, "某区财政局", "绩效评价", 2024, new BigDecimal("180000"), "优秀", "KEY_EVALUATION")),
                List.of(new ProfileData.DocumentRef(1, DocumentCategory.BUSINESS_LICENCE, "licence.pdf", "application/pdf", 100,
                        "0".repeat(64), Instant.parse("2026-01-01T00:00:00Z"))),
                true, List.of(new ProfileData.InterestUnitData(null, "某区审计局", "顾问")),
                List.of(new ProfileData.ShareholderData(null, Shareholder.HolderKind.PERSON, "陈法人", IdType.RESIDENT_ID,
                                ResidentId.compose("320106", LocalDate.of(1972, 3, 14), 215), new BigDecimal("60")),
                        new ProfileData.ShareholderData(null, Shareholder.HolderKind.ORGANISATION, "南京某投资有限公司", null,
                                Uscc.compose("91", "320100", "MA1MYYYY"), new BigDecimal("40")))).normalised();
    }

    static ProfileData.Person lead(String name, String id) {
        return new ProfileData.Person(null, name, IdType.RESIDENT_ID, id, "高级会计师", null, null, null, 12, "13912345678",
                List.of(new ProfileData.CertificateData("注册会计师", "320100010023", LocalDate.of(2010, 1, 1), LocalDate.of(2028, 1, 1))));
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void aCompleteProfilePassesBoth() {
        assertThat(ProfileRules.format(complete(), TODAY)).isEmpty();
        assertThat(ProfileRules.completeness(complete())).isEmpty();
    }

    @Test
    void aFreshRegistrationIsValidButIncompleteBlockByBlock() {
        ProfileData fresh = new ProfileData("某所", USCC, AgencyType.CONSULTING, null, null, null, null, null, "王", "13800138000",
                "a@example.cn", null, null, null, null, null, null, null, null, null, null, null, null).normalised();
        assertThat(ProfileRules.format(fresh, TODAY)).isEmpty();
        List<FieldProblem> missing = ProfileRules.completeness(fresh);
        assertThat(fields(missing)).contains("independentLegalPerson", "registeredAddress", "foundedOn", "registeredCapital",
                "businessScope", "qualitySystem", "legalRepresentative.name", "legalRepresentative.idNumber", "leadEvaluators",
                "documents", "declarationAccepted");
        assertThat(keys(missing)).contains("validation.missing.basic", "validation.missing.legalRepresentative",
                "validation.missing.leadEvaluators", "validation.missing.businessLicence", "validation.missing.declaration");
    }

    @Test
    void formatProblemsAreReportedPerField() {
        ProfileData p = complete();
        ProfileData wrong = new ProfileData(p.name(), "91350100M000100Y44", p.agencyType(), false, null, p.registeredAddress(),
                TODAY.plusDays(3), new BigDecimal("-1"), p.contactName(), "12345", "not-an-email", p.businessScope(),
                p.qualitySystem(), new ProfileData.LegalRepresentative("陈", IdType.RESIDENT_ID, "11010519491231002Y", "010-12345678"),
                List.of(new ProfileData.Person(null, "张", IdType.RESIDENT_ID, "110105194912310021", null, null, null, null, 99,
                        null, List.of(new ProfileData.CertificateData("CPA", "1", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)),
                        new ProfileData.CertificateData("CPA", "2", TODAY.plusDays(1), null)))),
                List.of(new ProfileData.BranchData(null, "分所", null, null, "abc")), List.of(), List.of(),
                List.of(new ProfileData.TrackEntry(null, "c", "p", 1970, new BigDecimal("1.234"), null, "NOT_A_TYPE")),
                p.documents(), true,
                List.of(new ProfileData.InterestUnitData(null, "甲单位", null), new ProfileData.InterestUnitData(null, "甲单位", null)), null)
                .normalised();
        List<FieldProblem> problems = ProfileRules.format(wrong, TODAY);
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple("uscc", "validation.uscc.CHECK_CHARACTER"),
                org.assertj.core.groups.Tuple.tuple("headOffice", "validation.head-office-required"),
                org.assertj.core.groups.Tuple.tuple("foundedOn", "validation.date.IN_FUTURE"),
                org.assertj.core.groups.Tuple.tuple("registeredCapital", "validation.amount.NEGATIVE"),
                org.assertj.core.groups.Tuple.tuple("contactPhone", "validation.phone"),
                org.assertj.core.groups.Tuple.tuple("email", "validation.email"),
                org.assertj.core.groups.Tuple.tuple("legalRepresentative.idNumber", "validation.resident-id.CHARACTERS"),
                org.assertj.core.groups.Tuple.tuple("legalRepresentative.phone", "validation.mobile"),
                org.assertj.core.groups.Tuple.tuple("leadEvaluators[0].idNumber", "validation.resident-id.CHECK_DIGIT"),
                org.assertj.core.groups.Tuple.tuple("leadEvaluators[0].yearsExperience", "validation.range"),
                org.assertj.core.groups.Tuple.tuple("leadEvaluators[0].certificates[0].expiresOn", "validation.date.EXPIRY_NOT_AFTER_ISSUE"),
                org.assertj.core.groups.Tuple.tuple("leadEvaluators[0].certificates[1].expiresOn", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("leadEvaluators[0].certificates[1].issuedOn", "validation.date.IN_FUTURE"),
                org.assertj.core.groups.Tuple.tuple("branches[0].phone", "validation.phone"),
                org.assertj.core.groups.Tuple.tuple("trackRecord[0].year", "validation.range"),
                org.assertj.core.groups.Tuple.tuple("trackRecord[0].amount", "validation.amount.SCALE"),
                org.assertj.core.groups.Tuple.tuple("trackRecord[0].workType", "validation.work-type"),
                org.assertj.core.groups.Tuple.tuple("interestUnits[1].unitName", "validation.duplicate"));
    }

    @Test
    void leadEvaluatorsNeedAnIdentityDocumentAndNoDuplicates() {
        ProfileData p = complete();
        ProfileData.Person noId = new ProfileData.Person(null, "无证件", null, null, "会计师", null, null, null, 3, null, List.of());
        ProfileData two = new ProfileData(p.name(), p.uscc(), p.agencyType(), true, null, p.registeredAddress(), p.foundedOn(),
                p.registeredCapital(), p.contactName(), p.contactPhone(), p.email(), p.businessScope(), p.qualitySystem(),
                p.legalRepresentative(), List.of(lead("甲", LEAD_ID), lead("乙", LEAD_ID), noId), p.branches(), p.experts(),
                p.otherPractitioners(), p.trackRecord(), p.documents(), true, p.interestUnits(), p.shareholders()).normalised();
        assertThat(fields(ProfileRules.format(two, TODAY))).contains("leadEvaluators[1].idNumber", "leadEvaluators[2].idType",
                "leadEvaluators[2].idNumber");
        assertThat(fields(ProfileRules.completeness(two))).contains("leadEvaluators[2].certificates");
    }

    @Test
    void otherDocumentTypesAreCheckedForShapeOnly() {
        ProfileData p = complete();
        ProfileData passport = new ProfileData(p.name(), p.uscc(), p.agencyType(), true, null, p.registeredAddress(),
                p.foundedOn(), p.registeredCapital(), p.contactName(), p.contactPhone(), p.email(), p.businessScope(),
                p.qualitySystem(), new ProfileData.LegalRepresentative("Smith", IdType.PASSPORT, "E12345678", "13800138000"),
                p.leadEvaluators(), p.branches(), p.experts(), p.otherPractitioners(), p.trackRecord(), p.documents(), true,
                p.interestUnits(), p.shareholders());
        assertThat(ProfileRules.format(passport.normalised(), TODAY)).isEmpty();
        ProfileData bad = new ProfileData(p.name(), p.uscc(), p.agencyType(), true, null, p.registeredAddress(),
                p.foundedOn(), p.registeredCapital(), p.contactName(), p.contactPhone(), p.email(), p.businessScope(),
                p.qualitySystem(), new ProfileData.LegalRepresentative("Smith", IdType.PASSPORT, "E1#", "13800138000"),
                p.leadEvaluators(), p.branches(), p.experts(), p.otherPractitioners(), p.trackRecord(), p.documents(), true,
                p.interestUnits(), p.shareholders());
        assertThat(fields(ProfileRules.format(bad.normalised(), TODAY))).containsExactly("legalRepresentative.idNumber");
    }

    @Test
    void submissionNeedsTheBusinessLicenceAndTheDeclaration() {
        ProfileData p = complete().withDocuments(List.of(new ProfileData.DocumentRef(2, DocumentCategory.QUALITY_CONTROL,
                "qc.pdf", "application/pdf", 10, "1".repeat(64), Instant.EPOCH)));
        assertThat(keys(ProfileRules.completeness(p))).containsExactly("validation.missing.businessLicence");
    }

    @Test
    void normalisingTrimsAndUpperCases() {
        ProfileData p = new ProfileData("  某所 ", " 91350100m000100y43 ", AgencyType.CONSULTING, null, " ", null, null, null,
                " 王 ", "13800138000", " a@example.cn ", "", null,
                new ProfileData.LegalRepresentative(" 陈 ", IdType.RESIDENT_ID, " 11010519491231002x ", null),
                null, null, null, null, null, null, null, null, null).normalised();
        assertThat(p.name()).isEqualTo("某所");
        assertThat(p.uscc()).isEqualTo("91350100M000100Y43");
        assertThat(p.headOffice()).isNull();
        assertThat(p.businessScope()).isNull();
        assertThat(p.legalRepresentative().idNumber()).isEqualTo("11010519491231002X");
        assertThat(p.leadEvaluators()).isEmpty();
        assertThat(p.declarationAccepted()).isFalse();
    }

    @Test
    void maskingHidesIdNumbersAndPersonalPhones() {
        ProfileData masked = complete().masked();
        assertThat(masked.legalRepresentative().idNumber()).isEqualTo("320106********2154".substring(0, 6) + "********"
                + complete().legalRepresentative().idNumber().substring(14));
        assertThat(masked.legalRepresentative().phone()).isEqualTo("138****8000");
        assertThat(masked.leadEvaluators().get(0).idNumber()).startsWith("320102********");
        assertThat(masked.leadEvaluators().get(0).phone()).isEqualTo("139****5678");
        assertThat(masked.contactPhone()).isEqualTo(complete().contactPhone());
    }

    @Test
    void shareholdersNeedAValidIdentityOrCreditCodeAndSharesOfAtMostAHundredPercent() {
        ProfileData p = complete();
        assertThat(p.shareholders()).hasSize(2);
        assertThat(ProfileRules.format(p, TODAY)).isEmpty();
        ProfileData wrong = new ProfileData(p.name(), p.uscc(), p.agencyType(), p.independentLegalPerson(), p.headOffice(),
                p.registeredAddress(), p.foundedOn(), p.registeredCapital(), p.contactName(), p.contactPhone(), p.email(),
                p.businessScope(), p.qualitySystem(), p.legalRepresentative(), p.leadEvaluators(), p.branches(), p.experts(),
                p.otherPractitioners(), p.trackRecord(), p.documents(), true, p.interestUnits(), List.of(
                new ProfileData.ShareholderData(null, Shareholder.HolderKind.PERSON, "甲", IdType.RESIDENT_ID, "11010519491231002Y",
                        new BigDecimal("70")),
                new ProfileData.ShareholderData(null, Shareholder.HolderKind.ORGANISATION, "乙公司", null, "91350100M000100Y44",
                        new BigDecimal("40")),
                new ProfileData.ShareholderData(null, Shareholder.HolderKind.PERSON, "丙", IdType.RESIDENT_ID, null, new BigDecimal("0")),
                new ProfileData.ShareholderData(null, Shareholder.HolderKind.ORGANISATION, "乙公司", null, "91350100M000100Y44", null)))
                .normalised();
        assertThat(ProfileRules.format(wrong, TODAY)).extracting(FieldProblem::field, FieldProblem::messageKey).contains(
                tuple("shareholders[0].idNumber", "validation.resident-id.CHARACTERS"),
                tuple("shareholders[2].idNumber", "validation.required"),
                tuple("shareholders[2].sharePercent", "validation.range"),
                tuple("shareholders[3].idNumber", "validation.duplicate"),
                tuple("shareholders", "validation.share-total"));
        assertThat(ProfileRules.format(wrong, TODAY)).extracting(FieldProblem::field).anyMatch(f -> f.equals("shareholders[1].idNumber"));
        assertThat(wrong.masked().shareholders().get(0).idNumber()).contains("*");
        assertThat(wrong.masked().shareholders().get(1).idNumber()).isEqualTo("91350100M000100Y44");
    }
}
