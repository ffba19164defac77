package gov.bureau.portal.agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two profiles, field by field, for the reviewer (DOMAIN.md §3: "a reviewer
 * sees what changed since the last approved version"). Pure. Items of a list are matched by their
 * id when both sides have one, otherwise by their natural key (a person's name, a unit's name ...).
 */
public final class ProfileDiff {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * @param block the profile block: basic, legalRepresentative, leadEvaluators, branches, experts,
     *              otherPractitioners, trackRecord, documents, declaration
     * @param item  the list item concerned (a person's name, a branch ...), null for single-valued blocks
     * @param field the field, null when a whole item was added or removed
     */
    @Serdeable
    public record Change(String block, @Nullable String item, @Nullable String field, Kind kind,
                         @Nullable String before, @Nullable String after) {
    }

    private final boolean mask;

    private ProfileDiff(boolean mask) {
        this.mask = mask;
    }

    /** The changes as the agency itself sees them. */
    public static List<Change> between(ProfileData before, ProfileData after) {
        return new ProfileDiff(false).compare(before, after);
    }

    /** The changes as the bureau sees them: ID numbers and personal phones compared whole but shown masked. */
    public static List<Change> masked(ProfileData before, ProfileData after) {
        return new ProfileDiff(true).compare(before, after);
    }

    private List<Change> compare(ProfileData before, ProfileData after) {
        ProfileData a = before.normalised();
        ProfileData b = after.normalised();
        List<Change> out = new ArrayList<>();
        fields(out, "basic", null, basic(a), basic(b));
        fields(out, "legalRepresentative", null, legal(a.legalRepresentative()), legal(b.legalRepresentative()));
        list(out, "leadEvaluators", a.leadEvaluators(), b.leadEvaluators(), ProfileData.Person::id,
                ProfileData.Person::name, ProfileDiff::person);
        list(out, "branches", a.branches(), b.branches(), ProfileData.BranchData::id, ProfileData.BranchData::name,
                ProfileDiff::branch);
        list(out, "experts", a.experts(), b.experts(), ProfileData.Person::id, ProfileData.Person::name, ProfileDiff::person);
        list(out, "otherPractitioners", a.otherPractitioners(), b.otherPractitioners(), ProfileData.Person::id,
                ProfileData.Person::name, ProfileDiff::person);
        list(out, "trackRecord", a.trackRecord(), b.trackRecord(), ProfileData.TrackEntry::id,
                t -> t.client() + " · " + t.project() + " (" + t.year() + ")", ProfileDiff::track);
        list(out, "documents", a.documents(), b.documents(), d -> d.id(), d -> d.fileName() + " #" + d.id(), ProfileDiff::document);
        Map<String, String> declA = new LinkedHashMap<>();
        declA.put("declarationAccepted", text(a.declarationAccepted()));
        Map<String, String> declB = new LinkedHashMap<>();
        declB.put("declarationAccepted", text(b.declarationAccepted()));
        fields(out, "declaration", null, declA, declB);
        list(out, "interestUnits", a.interestUnits(), b.interestUnits(), u -> null, ProfileData.InterestUnitData::unitName,
                ProfileDiff::unit);
        list(out, "shareholders", a.shareholders(), b.shareholders(), ProfileData.ShareholderData::id, ProfileData.ShareholderData::name,
                ProfileDiff::shareholder);
        return out;
    }

    private static Map<String, String> basic(ProfileData p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("uscc", p.uscc());
        m.put("agencyType", text(p.agencyType()));
        m.put("independentLegalPerson", text(p.independentLegalPerson()));
        m.put("headOffice", p.headOffice());
        m.put("registeredAddress", p.registeredAddress());
        m.put("foundedOn", text(p.foundedOn()));
        m.put("registeredCapital", text(p.registeredCapital()));
        m.put("contactName", p.contactName());
        m.put("contactPhone", p.contactPhone());
        m.put("email", p.email());
        m.put("businessScope", p.businessScope());
        m.put("qualitySystem", p.qualitySystem());
        return m;
    }

    private static Map<String, String> legal(ProfileData.LegalRepresentative r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", r == null ? null : r.name());
        m.put("idType", r == null ? null : text(r.idType()));
        m.put("idNumber", r == null ? null : r.idNumber());
        m.put("phone", r == null ? null : r.phone());
        return m;
    }

    private static Map<String, String> person(ProfileData.Person p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("idType", text(p.idType()));
        m.put("idNumber", p.idNumber());
        m.put("title", p.title());
        m.put("field", p.field());
        m.put("employer", p.employer());
        m.put("position", p.position());
        m.put("yearsExperience", text(p.yearsExperience()));
        m.put("phone", p.phone());
        List<String> certs = new ArrayList<>();
        for (ProfileData.CertificateData c : p.certificates() == null ? List.<ProfileData.CertificateData>of() : p.certificates()) {
            certs.add(c.certType() + " " + c.certNumber() + " (" + (c.issuedOn() == null ? "" : c.issuedOn()) + "–"
                    + (c.expiresOn() == null ? "" : c.expiresOn()) + ")");
        }
        m.put("certificates", certs.isEmpty() ? null : String.join("; ", certs));
        return m;
    }

    private static Map<String, String> branch(ProfileData.BranchData b) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", b.name());
        m.put("address", b.address());
        m.put("principal", b.principal());
        m.put("phone", b.phone());
        return m;
    }

    private static Map<String, String> track(ProfileData.TrackEntry t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("client", t.client());
        m.put("project", t.project());
        m.put("year", text(t.year()));
        m.put("amount", text(t.amount()));
        m.put("result", t.result());
        m.put("workType", t.workType());
        return m;
    }

    private static Map<String, String> unit(ProfileData.InterestUnitData u) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("unitName", u.unitName());
        m.put("relationship", u.relationship());
        return m;
    }

    private static Map<String, String> shareholder(ProfileData.ShareholderData h) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("holderKind", text(h.holderKind()));
        m.put("name", h.name());
        m.put("idType", text(h.idType()));
        m.put("idNumber", h.idNumber());
        m.put("sharePercent", text(h.sharePercent()));
        return m;
    }

    private static Map<String, String> document(ProfileData.DocumentRef d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("category", text(d.category()));
        m.put("fileName", d.fileName());
        m.put("sha256", d.sha256());
        return m;
    }

    private <T> void list(List<Change> out, String block, List<T> before, List<T> after, Function<T, Long> id,
                                 Function<T, String> label, Function<T, Map<String, String>> fields) {
        Set<T> matchedBefore = new HashSet<>();
        List<T[]> pairs = new ArrayList<>();
        List<T> added = new ArrayList<>();
        // first the same row (by id), then the same thing entered again (by its natural key)
        List<T> unmatched = new ArrayList<>();
        for (T b : after) {
            Long bid = id.apply(b);
            T match = bid == null ? null : before.stream()
                    .filter(x -> !matchedBefore.contains(x) && bid.equals(id.apply(x))).findFirst().orElse(null);
            if (match == null) {
                unmatched.add(b);
            } else {
                matchedBefore.add(match);
                pairs.add(pair(match, b));
            }
        }
        for (T b : unmatched) {
            String key = label.apply(b);
            T match = before.stream().filter(x -> !matchedBefore.contains(x) && Objects.equals(key, label.apply(x)))
                    .findFirst().orElse(null);
            if (match == null) {
                added.add(b);
            } else {
                matchedBefore.add(match);
                pairs.add(pair(match, b));
            }
        }
        for (T a : before) {
            if (!matchedBefore.contains(a)) {
                out.add(new Change(block, label.apply(a), null, Kind.REMOVED, summary(block, fields.apply(a)), null));
            }
        }
        for (T[] pair : pairs) {
            fields(out, block, label.apply(pair[1]), fields.apply(pair[0]), fields.apply(pair[1]));
        }
        for (T b : added) {
            out.add(new Change(block, label.apply(b), null, Kind.ADDED, null, summary(block, fields.apply(b))));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] pair(T before, T after) {
        return (T[]) new Object[] {before, after};
    }

    private void fields(List<Change> out, String block, String item, Map<String, String> before, Map<String, String> after) {
        for (Map.Entry<String, String> e : after.entrySet()) {
            String was = before.get(e.getKey());
            if (!Objects.equals(was, e.getValue())) {
                out.add(new Change(block, item, e.getKey(), Kind.CHANGED, show(block, e.getKey(), was),
                        show(block, e.getKey(), e.getValue())));
            }
        }
    }

    private String summary(String block, Map<String, String> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> {
            if (v != null) {
                parts.add(show(block, k, v));
            }
        });
        return String.join(" / ", parts);
    }

    private static final Set<String> PERSONAL_BLOCKS = Set.of("legalRepresentative", "leadEvaluators", "experts",
            "otherPractitioners", "shareholders");

    private String show(String block, String field, String value) {
        if (!mask || value == null || !PERSONAL_BLOCKS.contains(block)) {
            return value;
        }
        return switch (field) {
            case "idNumber" -> gov.bureau.portal.agency.validation.ResidentId.mask(value);
            case "phone" -> gov.bureau.portal.agency.validation.Phones.mask(value);
            default -> value;
        };
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return String.valueOf(value);
    }
}
