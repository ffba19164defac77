package gov.bureau.portal.agency;

import gov.bureau.portal.agency.validation.Phones;
import gov.bureau.portal.agency.validation.ResidentId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agency's whole profile, the nine blocks of DOMAIN.md §3: what the agency edits
 * ({@code PUT /api/agencies/me}), what each submitted version keeps (as JSON) and what reviewers
 * compare. Lists are never null once {@link #normalised()}.
 */
@Serdeable
public record ProfileData(
        // 1. 机构信息
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 30) String uscc,
        @NotNull AgencyType agencyType,
        @Nullable Boolean independentLegalPerson,
        @Nullable @Size(max = 200) String headOffice,
        @Nullable @Size(max = 300) String registeredAddress,
        @Nullable LocalDate foundedOn,
        @Nullable BigDecimal registeredCapital,
        @NotBlank @Size(max = 50) String contactName,
        @NotBlank @Size(max = 20) String contactPhone,
        @NotBlank @Size(max = 254) String email,
        @Nullable @Size(max = 4000) String businessScope,
        @Nullable @Size(max = 8000) String qualitySystem,
        // 2. 法定代表人
        @Nullable @Valid LegalRepresentative legalRepresentative,
        // 3. 主评人, 5. 合作专家, 6. 其他从业人员
        @Nullable @Valid @Size(max = 200) List<Person> leadEvaluators,
        // 4. 分支机构
        @Nullable @Valid @Size(max = 200) List<BranchData> branches,
        @Nullable @Valid @Size(max = 500) List<Person> experts,
        @Nullable @Valid @Size(max = 500) List<Person> otherPractitioners,
        // 7. 业绩
        @Nullable @Valid @Size(max = 500) List<TrackEntry> trackRecord,
        // 8. 证明材料: managed by the document endpoints; ignored on PUT
        @Nullable List<DocumentRef> documents,
        // 9. 承诺
        @Nullable Boolean declarationAccepted,
        @Nullable @Valid @Size(max = 200) List<InterestUnitData> interestUnits,
        // 股东/合伙人 (part of 机构基本信息; DOMAIN.md §12: a shared holder relates two agencies)
        @Nullable @Valid @Size(max = 100) List<ShareholderData> shareholders) {

    @Serdeable
    public record LegalRepresentative(@Nullable @Size(max = 50) String name, @Nullable IdType idType,
                                      @Nullable @Size(max = 30) String idNumber, @Nullable @Size(max = 20) String phone) {
    }

    /**
     * One person. Lead evaluators use idType, idNumber, title, yearsExperience and certificates;
     * experts field, title and employer; other practitioners position and title.
     */
    @Serdeable
    public record Person(@Nullable Long id, @NotBlank @Size(max = 50) String name, @Nullable IdType idType,
                         @Nullable @Size(max = 30) String idNumber, @Nullable @Size(max = 100) String title,
                         @Nullable @Size(max = 100) String field, @Nullable @Size(max = 200) String employer,
                         @Nullable @Size(max = 100) String position, @Nullable Integer yearsExperience,
                         @Nullable @Size(max = 20) String phone,
                         @Nullable @Valid @Size(max = 20) List<CertificateData> certificates) {

        Person masked() {
            return new Person(id, name, idType, maskId(idType, idNumber), title, field, employer, position,
                    yearsExperience, Phones.mask(phone), certificates);
        }
    }

    @Serdeable
    public record CertificateData(@NotBlank @Size(max = 100) String certType, @NotBlank @Size(max = 100) String certNumber,
                                  @Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn) {
    }

    @Serdeable
    public record BranchData(@Nullable Long id, @NotBlank @Size(max = 200) String name,
                             @Nullable @Size(max = 300) String address, @Nullable @Size(max = 50) String principal,
                             @Nullable @Size(max = 20) String phone) {
    }

    @Serdeable
    public record TrackEntry(@Nullable Long id, @NotBlank @Size(max = 200) String client,
                             @NotBlank @Size(max = 300) String project, @NotNull Integer year,
                             @Nullable BigDecimal amount, @Nullable @Size(max = 500) String result,
                             @Nullable String workType) {
    }

    @Serdeable
    public record InterestUnitData(@Nullable Long id, @NotBlank @Size(max = 200) String unitName,
                                   @Nullable @Size(max = 300) String relationship) {
    }

    /** A shareholder or partner: a person with an identity document, or an organisation with its USCC in {@code idNumber}. */
    @Serdeable
    public record ShareholderData(@Nullable Long id, @NotNull Shareholder.HolderKind holderKind, @NotBlank @Size(max = 200) String name,
                                  @Nullable IdType idType, @Nullable @Size(max = 30) String idNumber,
                                  @Nullable BigDecimal sharePercent) {

        ShareholderData masked() {
            return holderKind == Shareholder.HolderKind.PERSON ? new ShareholderData(id, holderKind, name, idType, maskId(idType, idNumber),
                    sharePercent) : this;
        }
    }

    @Serdeable
    public record DocumentRef(long id, DocumentCategory category, String fileName, String contentType, long sizeBytes,
                              String sha256, Instant uploadedAt) {
    }

    /** Trimmed texts, empty texts as null, absent lists as empty lists. */
    public ProfileData normalised() {
        return new ProfileData(trim(name), trim(uscc) == null ? null : gov.bureau.portal.agency.validation.Uscc.normalise(uscc),
                agencyType, independentLegalPerson, trim(headOffice), trim(registeredAddress), foundedOn,
                registeredCapital, trim(contactName), trim(contactPhone), trim(email), trim(businessScope),
                trim(qualitySystem),
                legalRepresentative == null ? null : new LegalRepresentative(trim(legalRepresentative.name()),
                        legalRepresentative.idType(), upper(legalRepresentative.idNumber()), trim(legalRepresentative.phone())),
                people(leadEvaluators), list(branches).stream().map(b -> new BranchData(b.id(), trim(b.name()),
                        trim(b.address()), trim(b.principal()), trim(b.phone()))).toList(),
                people(experts), people(otherPractitioners),
                list(trackRecord).stream().map(t -> new TrackEntry(t.id(), trim(t.client()), trim(t.project()), t.year(),
                        t.amount(), trim(t.result()), trim(t.workType()))).toList(),
                list(documents),
                declarationAccepted != null && declarationAccepted,
                list(interestUnits).stream().map(u -> new InterestUnitData(u.id(), trim(u.unitName()),
                        trim(u.relationship()))).toList(),
                list(shareholders).stream().map(h -> new ShareholderData(h.id(), h.holderKind(), trim(h.name()),
                        h.holderKind() == Shareholder.HolderKind.ORGANISATION ? null : h.idType(), upper(h.idNumber()),
                        h.sharePercent())).toList());
    }

    /** The same profile with the given documents (documents are managed apart from PUT). */
    public ProfileData withDocuments(List<DocumentRef> docs) {
        return new ProfileData(name, uscc, agencyType, independentLegalPerson, headOffice, registeredAddress, foundedOn,
                registeredCapital, contactName, contactPhone, email, businessScope, qualitySystem, legalRepresentative,
                leadEvaluators, branches, experts, otherPractitioners, trackRecord, List.copyOf(docs),
                declarationAccepted, interestUnits, shareholders);
    }

    /**
     * As anyone but the agency itself sees it: ID numbers and personal phone numbers masked
     * (DOMAIN.md §3, "shown masked except to its owner").
     */
    public ProfileData masked() {
        LegalRepresentative rep = legalRepresentative == null ? null : new LegalRepresentative(legalRepresentative.name(),
                legalRepresentative.idType(), maskId(legalRepresentative.idType(), legalRepresentative.idNumber()),
                Phones.mask(legalRepresentative.phone()));
        return new ProfileData(name, uscc, agencyType, independentLegalPerson, headOffice, registeredAddress, foundedOn,
                registeredCapital, contactName, contactPhone, email, businessScope, qualitySystem, rep,
                list(leadEvaluators).stream().map(Person::masked).toList(), branches,
                list(experts).stream().map(Person::masked).toList(),
                list(otherPractitioners).stream().map(Person::masked).toList(), trackRecord, documents,
                declarationAccepted, interestUnits, list(shareholders).stream().map(ShareholderData::masked).toList());
    }

    static String maskId(IdType type, String number) {
        return number == null ? null : ResidentId.mask(number);
    }

    private static List<Person> people(List<Person> people) {
        return list(people).stream().map(p -> new Person(p.id(), trim(p.name()), p.idType(), upper(p.idNumber()),
                trim(p.title()), trim(p.field()), trim(p.employer()), trim(p.position()), p.yearsExperience(),
                trim(p.phone()), list(p.certificates()).stream().map(c -> new CertificateData(trim(c.certType()),
                        trim(c.certNumber()), c.issuedOn(), c.expiresOn())).toList())).toList();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String upper(String s) {
        String t = trim(s);
        return t == null ? null : t.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }
}
