package gov.bureau.portal.agency;

import gov.bureau.portal.agency.validation.Amounts;
import gov.bureau.portal.platform.BureauClock;
import gov.bureau.portal.common.JsonText;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Moves a {@link ProfileData} between its live tables and its JSON form. Writing synchronises the
 * block tables with the profile by id: rows keep their ids across saves (so that versions can be
 * compared item by item and engagement teams keep pointing at the same people); ids that are not
 * the agency's own are treated as new rows. Call inside a transaction.
 */
@Singleton
class ProfileStore {

    private final AgencyRepository agencies;
    private final PractitionerRepository people;
    private final CertificateRepository certificates;
    private final BranchRepository branches;
    private final TrackRecordRepository trackRecords;
    private final InterestUnitRepository interestUnits;
    private final AgencyDocumentRepository documents;
    private final ShareholderRepository shareholders;
    private final JsonText json;
    private final BureauClock clock;

    ProfileStore(AgencyRepository agencies, PractitionerRepository people, CertificateRepository certificates,
                 BranchRepository branches, TrackRecordRepository trackRecords, InterestUnitRepository interestUnits,
                 AgencyDocumentRepository documents, ShareholderRepository shareholders, JsonText json, BureauClock clock) {
        this.agencies = agencies;
        this.people = people;
        this.certificates = certificates;
        this.branches = branches;
        this.trackRecords = trackRecords;
        this.interestUnits = interestUnits;
        this.documents = documents;
        this.shareholders = shareholders;
        this.json = json;
        this.clock = clock;
    }

    /** The profile in the live tables (the draft of a new agency, the approved profile of one in the pool). */
    ProfileData load(Agency a) {
        long id = a.getId();
        Map<Long, List<Certificate>> certs = certificates.findByAgencyIdOrderBySortOrder(id).stream()
                .collect(Collectors.groupingBy(Certificate::personId));
        List<Practitioner> all = people.findByAgencyIdAndActiveOrderBySortOrder(id, true);
        Function<PersonRole, List<ProfileData.Person>> byRole = role -> all.stream().filter(p -> p.role() == role)
                .map(p -> new ProfileData.Person(p.id(), p.name(), p.idType(), p.idNumber(), p.title(), p.field(),
                        p.employer(), p.position(), p.yearsExperience(), p.phone(),
                        certs.getOrDefault(p.id(), List.of()).stream().map(c -> new ProfileData.CertificateData(c.certType(),
                                c.certNumber(), c.issuedOn(), c.expiresOn())).toList()))
                .toList();
        ProfileData.LegalRepresentative rep = a.getLegalRepName() == null && a.getLegalRepIdNumber() == null
                && a.getLegalRepPhone() == null && a.getLegalRepIdType() == null ? null
                : new ProfileData.LegalRepresentative(a.getLegalRepName(), a.getLegalRepIdType(), a.getLegalRepIdNumber(),
                a.getLegalRepPhone());
        return new ProfileData(a.getName(), a.getUscc(), a.getAgencyType(), a.getIndependentLegalPerson(),
                a.getHeadOffice(), a.getRegisteredAddress(), a.getFoundedOn(), a.getRegisteredCapital(),
                a.getContactName(), a.getContactPhone(), a.getEmail(), a.getBusinessScope(), a.getQualitySystem(), rep,
                byRole.apply(PersonRole.LEAD_EVALUATOR),
                branches.findByAgencyIdOrderBySortOrder(id).stream().map(b -> new ProfileData.BranchData(b.id(), b.name(),
                        b.address(), b.principal(), b.phone())).toList(),
                byRole.apply(PersonRole.EXPERT), byRole.apply(PersonRole.OTHER),
                trackRecords.findByAgencyIdOrderBySortOrder(id).stream().map(t -> new ProfileData.TrackEntry(t.id(),
                        t.client(), t.project(), t.year(), t.amount(), t.result(), t.workType())).toList(),
                documents.findByAgencyIdAndAttachedOrderById(id, true).stream().map(ProfileStore::ref).toList(),
                a.isDeclarationAccepted(),
                interestUnits.findByAgencyIdOrderBySortOrder(id).stream().map(u -> new ProfileData.InterestUnitData(u.id(),
                        u.unitName(), u.relationship())).toList(),
                shareholders.findByAgencyIdOrderBySortOrder(id).stream().map(h -> new ProfileData.ShareholderData(h.id(),
                        h.holderKind(), h.name(), h.idType(), h.idNumber(), h.sharePercent())).toList());
    }

    static ProfileData.DocumentRef ref(AgencyDocument d) {
        return new ProfileData.DocumentRef(d.id(), d.category(), d.fileName(), d.contentType(), d.sizeBytes(), d.sha256(),
                d.uploadedAt());
    }

    /** Writes a normalised, valid profile into the live tables; the caller saves the agency row. */
    void write(Agency a, ProfileData p) {
        Instant now = clock.now();
        a.setName(p.name());
        a.setUscc(p.uscc());
        a.setAgencyType(p.agencyType());
        a.setIndependentLegalPerson(p.independentLegalPerson());
        a.setHeadOffice(p.headOffice());
        a.setRegisteredAddress(p.registeredAddress());
        a.setFoundedOn(p.foundedOn());
        a.setRegisteredCapital(Amounts.normalise(p.registeredCapital()));
        a.setContactName(p.contactName());
        a.setContactPhone(p.contactPhone());
        a.setEmail(p.email());
        a.setBusinessScope(p.businessScope());
        a.setQualitySystem(p.qualitySystem());
        ProfileData.LegalRepresentative rep = p.legalRepresentative();
        a.setLegalRepName(rep == null ? null : rep.name());
        a.setLegalRepIdType(rep == null ? null : rep.idType());
        a.setLegalRepIdNumber(rep == null ? null : rep.idNumber());
        a.setLegalRepPhone(rep == null ? null : rep.phone());
        boolean declared = Boolean.TRUE.equals(p.declarationAccepted());
        if (declared && !a.isDeclarationAccepted()) {
            a.setDeclaredAt(now);
        }
        a.setDeclarationAccepted(declared);
        if (!declared) {
            a.setDeclaredAt(null);
        }
        long id = a.getId();
        writePeople(id, p, now);
        sync(branches.findByAgencyIdOrderBySortOrder(id), p.branches(), Branch::id, ProfileData.BranchData::id,
                (b, i, existing) -> new Branch(existing, id, b.name(), b.address(), b.principal(), b.phone(), i),
                branches::save, branches::update, branches::deleteAll);
        sync(trackRecords.findByAgencyIdOrderBySortOrder(id), p.trackRecord(), TrackRecord::id, ProfileData.TrackEntry::id,
                (t, i, existing) -> new TrackRecord(existing, id, t.client(), t.project(), t.year(),
                        Amounts.normalise(t.amount()), t.result(), t.workType(), i),
                trackRecords::save, trackRecords::update, trackRecords::deleteAll);
        sync(interestUnits.findByAgencyIdOrderBySortOrder(id), p.interestUnits(), InterestUnit::id,
                ProfileData.InterestUnitData::id,
                (u, i, existing) -> new InterestUnit(existing, id, u.unitName(), u.relationship(), i),
                interestUnits::save, interestUnits::update, interestUnits::deleteAll);
        sync(shareholders.findByAgencyIdOrderBySortOrder(id), p.shareholders(), Shareholder::id, ProfileData.ShareholderData::id,
                (h, i, existing) -> new Shareholder(existing, id, h.holderKind(), h.name(), h.idType(), h.idNumber(),
                        h.sharePercent(), i),
                shareholders::save, shareholders::update, shareholders::deleteAll);
        List<Long> attached = p.documents().stream().map(ProfileData.DocumentRef::id).toList();
        if (attached.isEmpty()) {
            documents.detachAll(id);
        } else {
            documents.attachOnly(id, attached);
        }
    }

    /**
     * People are updated in place (engagement teams refer to them by id) or deactivated; their
     * certificates, which nothing refers to, are written again: one delete, one batch insert.
     */
    private void writePeople(long agencyId, ProfileData p, Instant now) {
        Map<Long, Practitioner> existing = new HashMap<>();
        people.findByAgencyIdAndActiveOrderBySortOrder(agencyId, true).forEach(x -> existing.put(x.id(), x));
        certificates.deleteByAgencyId(agencyId);
        List<Certificate> certs = new ArrayList<>();
        Set<Long> kept = new HashSet<>();
        int order = 0;
        for (PersonRole role : PersonRole.values()) {
            List<ProfileData.Person> list = switch (role) {
                case LEAD_EVALUATOR -> p.leadEvaluators();
                case EXPERT -> p.experts();
                case OTHER -> p.otherPractitioners();
            };
            for (ProfileData.Person person : list) {
                Practitioner old = person.id() == null ? null : existing.get(person.id());
                if (old != null && old.role() != role) {
                    old = null; // a person moved between blocks is a new entry of the other block
                }
                Practitioner row = new Practitioner(old == null ? null : old.id(), agencyId, role, person.name(),
                        person.idType(), person.idNumber(), person.title(), person.field(), person.employer(),
                        person.position(), person.yearsExperience(), person.phone(), order++, true,
                        old == null ? now : old.createdAt(), now);
                Practitioner saved;
                if (old == null) {
                    saved = people.save(row);
                } else {
                    saved = changed(old, row) ? people.update(row) : old;
                    kept.add(old.id());
                }
                int c = 0;
                for (ProfileData.CertificateData cert : person.certificates() == null ? List.<ProfileData.CertificateData>of()
                        : person.certificates()) {
                    certs.add(new Certificate(null, saved.id(), agencyId, cert.certType(), cert.certNumber(),
                            cert.issuedOn(), cert.expiresOn(), c++));
                }
            }
        }
        if (!certs.isEmpty()) {
            certificates.saveAll(certs);
        }
        for (Practitioner old : existing.values()) {
            if (!kept.contains(old.id())) {
                people.update(new Practitioner(old.id(), old.agencyId(), old.role(), old.name(), old.idType(), old.idNumber(),
                        old.title(), old.field(), old.employer(), old.position(), old.yearsExperience(), old.phone(),
                        old.sortOrder(), false, old.createdAt(), now));
            }
        }
    }

    private static boolean changed(Practitioner a, Practitioner b) {
        return !Objects.equals(a.name(), b.name()) || a.idType() != b.idType() || !Objects.equals(a.idNumber(), b.idNumber())
                || !Objects.equals(a.title(), b.title()) || !Objects.equals(a.field(), b.field())
                || !Objects.equals(a.employer(), b.employer()) || !Objects.equals(a.position(), b.position())
                || !Objects.equals(a.yearsExperience(), b.yearsExperience()) || !Objects.equals(a.phone(), b.phone())
                || a.sortOrder() != b.sortOrder();
    }

    interface RowFactory<D, R> {
        R make(D data, int sortOrder, Long existingId);
    }

    private static <R, D> void sync(List<R> current, List<D> wanted, Function<R, Long> rowId, Function<D, Long> dataId,
                                    RowFactory<D, R> factory, Function<R, R> insert, Function<R, R> update,
                                    java.util.function.Consumer<Iterable<R>> delete) {
        Map<Long, R> byId = new HashMap<>();
        current.forEach(r -> byId.put(rowId.apply(r), r));
        int order = 0;
        for (D d : wanted) {
            Long id = dataId.apply(d);
            R old = id == null ? null : byId.remove(id);
            R row = factory.make(d, order++, old == null ? null : rowId.apply(old));
            if (old == null) {
                insert.apply(row);
            } else if (!old.equals(row)) {
                update.apply(row);
            }
        }
        if (!byId.isEmpty()) {
            delete.accept(byId.values());
        }
    }

    String toJson(ProfileData p) {
        return json.write(p);
    }

    ProfileData fromJson(String content) {
        return json.read(content, Argument.of(ProfileData.class)).normalised();
    }
}
