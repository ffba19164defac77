package gov.bureau.portal.agency;

import gov.bureau.portal.agency.validation.Amounts;
import gov.bureau.portal.agency.validation.Dates;
import gov.bureau.portal.agency.validation.Emails;
import gov.bureau.portal.agency.validation.Phones;
import gov.bureau.portal.agency.validation.ResidentId;
import gov.bureau.portal.agency.validation.Uscc;
import gov.bureau.portal.common.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a profile acceptable, field by field. Pure: the caller passes today and a normalised
 * profile. {@link #format} applies to every save (a draft may be incomplete but nothing in it may
 * be wrong); {@link #completeness} to a submission, block by block.
 */
public final class ProfileRules {

    private static final Pattern OTHER_ID = Pattern.compile("^[A-Za-z0-9()（）-]{5,30}$");
    public static final int EARLIEST_TRACK_YEAR = 1980;

    private ProfileRules() {
    }

    public static List<FieldProblem> format(ProfileData p, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Uscc.check(p.uscc()).ifPresent(x -> problems.add(new FieldProblem("uscc", "validation.uscc." + x)));
        phone(problems, "contactPhone", p.contactPhone());
        if (p.email() != null && !Emails.isValid(p.email())) {
            problems.add(new FieldProblem("email", "validation.email"));
        }
        Amounts.check(p.registeredCapital()).ifPresent(x -> problems.add(new FieldProblem("registeredCapital", "validation.amount." + x)));
        Dates.past(p.foundedOn(), today).ifPresent(x -> problems.add(new FieldProblem("foundedOn", "validation.date." + x)));
        if (Boolean.FALSE.equals(p.independentLegalPerson()) && p.headOffice() == null) {
            problems.add(new FieldProblem("headOffice", "validation.head-office-required"));
        }
        ProfileData.LegalRepresentative rep = p.legalRepresentative();
        if (rep != null) {
            identity(problems, "legalRepresentative.", rep.idType(), rep.idNumber(), today);
            if (rep.phone() != null && !Phones.isMobile(Phones.normalise(rep.phone()))) {
                problems.add(new FieldProblem("legalRepresentative.phone", "validation.mobile"));
            }
        }
        people(problems, "leadEvaluators", p.leadEvaluators(), today, true);
        people(problems, "experts", p.experts(), today, false);
        people(problems, "otherPractitioners", p.otherPractitioners(), today, false);
        for (int i = 0; i < p.branches().size(); i++) {
            phone(problems, "branches[" + i + "].phone", p.branches().get(i).phone());
        }
        for (int i = 0; i < p.trackRecord().size(); i++) {
            ProfileData.TrackEntry t = p.trackRecord().get(i);
            String at = "trackRecord[" + i + "].";
            if (t.year() != null && (t.year() < EARLIEST_TRACK_YEAR || t.year() > today.getYear())) {
                problems.add(new FieldProblem(at + "year", "validation.range", EARLIEST_TRACK_YEAR, String.valueOf(today.getYear())));
            }
            Amounts.check(t.amount()).ifPresent(x -> problems.add(new FieldProblem(at + "amount", "validation.amount." + x)));
            if (t.workType() != null && !WorkTypes.isKnown(t.workType())) {
                problems.add(new FieldProblem(at + "workType", "validation.work-type"));
            }
        }
        shareholders(problems, p.shareholders(), today);
        Set<String> units = new HashSet<>();
        for (int i = 0; i < p.interestUnits().size(); i++) {
            String unit = p.interestUnits().get(i).unitName();
            if (unit != null && !units.add(unit)) {
                problems.add(new FieldProblem("interestUnits[" + i + "].unitName", "validation.duplicate"));
            }
        }
        return problems;
    }

    /** What a submission needs beyond a valid format; the message keys name the block. */
    public static List<FieldProblem> completeness(ProfileData p) {
        List<FieldProblem> problems = new ArrayList<>();
        String basic = "validation.missing.basic";
        require(problems, "independentLegalPerson", p.independentLegalPerson(), basic);
        require(problems, "registeredAddress", p.registeredAddress(), basic);
        require(problems, "foundedOn", p.foundedOn(), basic);
        require(problems, "registeredCapital", p.registeredCapital(), basic);
        require(problems, "businessScope", p.businessScope(), basic);
        require(problems, "qualitySystem", p.qualitySystem(), basic);
        String legal = "validation.missing.legalRepresentative";
        ProfileData.LegalRepresentative rep = p.legalRepresentative();
        require(problems, "legalRepresentative.name", rep == null ? null : rep.name(), legal);
        require(problems, "legalRepresentative.idType", rep == null ? null : rep.idType(), legal);
        require(problems, "legalRepresentative.idNumber", rep == null ? null : rep.idNumber(), legal);
        require(problems, "legalRepresentative.phone", rep == null ? null : rep.phone(), legal);
        if (p.leadEvaluators().isEmpty()) {
            problems.add(new FieldProblem("leadEvaluators", "validation.missing.leadEvaluators"));
        }
        for (int i = 0; i < p.leadEvaluators().size(); i++) {
            ProfileData.Person lead = p.leadEvaluators().get(i);
            String at = "leadEvaluators[" + i + "].";
            String key = "validation.missing.leadEvaluator";
            require(problems, at + "title", lead.title(), key);
            require(problems, at + "yearsExperience", lead.yearsExperience(), key);
            if (lead.certificates() == null || lead.certificates().isEmpty()) {
                problems.add(new FieldProblem(at + "certificates", "validation.missing.certificate"));
            }
        }
        for (int i = 0; i < p.experts().size(); i++) {
            require(problems, "experts[" + i + "].field", p.experts().get(i).field(), "validation.missing.expert");
        }
        if (p.documents().stream().noneMatch(d -> d.category() == DocumentCategory.BUSINESS_LICENCE)) {
            problems.add(new FieldProblem("documents", "validation.missing.businessLicence"));
        }
        if (!Boolean.TRUE.equals(p.declarationAccepted())) {
            problems.add(new FieldProblem("declarationAccepted", "validation.missing.declaration"));
        }
        return problems;
    }

    private static void people(List<FieldProblem> problems, String block, List<ProfileData.Person> people, LocalDate today,
                               boolean lead) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            ProfileData.Person p = people.get(i);
            String at = block + "[" + i + "].";
            if (lead) {
                if (p.idType() == null) {
                    problems.add(new FieldProblem(at + "idType", "validation.required"));
                }
                if (p.idNumber() == null) {
                    problems.add(new FieldProblem(at + "idNumber", "validation.required"));
                }
            }
            identity(problems, at, p.idType(), p.idNumber(), today);
            if (p.idNumber() != null && !ids.add(p.idNumber())) {
                problems.add(new FieldProblem(at + "idNumber", "validation.duplicate"));
            }
            if (p.yearsExperience() != null && (p.yearsExperience() < 0 || p.yearsExperience() > 70)) {
                problems.add(new FieldProblem(at + "yearsExperience", "validation.range", 0, 70));
            }
            phone(problems, at + "phone", p.phone());
            List<ProfileData.CertificateData> certificates = p.certificates() == null ? List.of() : p.certificates();
            for (int c = 0; c < certificates.size(); c++) {
                ProfileData.CertificateData cert = certificates.get(c);
                String cat = at + "certificates[" + c + "].";
                if (cert.expiresOn() == null) {
                    problems.add(new FieldProblem(cat + "expiresOn", "validation.required"));
                }
                Dates.past(cert.issuedOn(), today).ifPresent(x -> problems.add(new FieldProblem(cat + "issuedOn", "validation.date." + x)));
                Dates.validity(cert.issuedOn(), cert.expiresOn())
                        .ifPresent(x -> problems.add(new FieldProblem(cat + "expiresOn", "validation.date." + x)));
            }
        }
    }

    private static void identity(List<FieldProblem> problems, String at, IdType type, String number, LocalDate today) {
        if (number == null) {
            return;
        }
        if (type == null) {
            problems.add(new FieldProblem(at + "idType", "validation.required"));
        } else if (type == IdType.RESIDENT_ID) {
            ResidentId.check(number, today).ifPresent(x -> problems.add(new FieldProblem(at + "idNumber", "validation.resident-id." + x)));
        } else if (!OTHER_ID.matcher(number).matches()) {
            problems.add(new FieldProblem(at + "idNumber", "validation.id-number"));
        }
    }

    /** 股东/合伙人: an identity document for a person, the USCC for an organisation, shares of at most 100 % in all. */
    private static void shareholders(List<FieldProblem> problems, List<ProfileData.ShareholderData> holders, LocalDate today) {
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < holders.size(); i++) {
            ProfileData.ShareholderData h = holders.get(i);
            String at = "shareholders[" + i + "].";
            if (h.idNumber() == null) {
                problems.add(new FieldProblem(at + "idNumber", "validation.required"));
            } else if (h.holderKind() == Shareholder.HolderKind.ORGANISATION) {
                Uscc.check(h.idNumber()).ifPresent(x -> problems.add(new FieldProblem(at + "idNumber", "validation.uscc." + x)));
            } else {
                identity(problems, at, h.idType(), h.idNumber(), today);
            }
            if (h.idNumber() != null && !seen.add(h.idNumber())) {
                problems.add(new FieldProblem(at + "idNumber", "validation.duplicate"));
            }
            BigDecimal share = h.sharePercent();
            if (share != null && (share.signum() <= 0 || share.compareTo(HUNDRED) > 0 || share.stripTrailingZeros().scale() > 2)) {
                problems.add(new FieldProblem(at + "sharePercent", "validation.range", "0.01", "100"));
            } else if (share != null) {
                total = total.add(share);
            }
        }
        if (total.compareTo(HUNDRED) > 0) {
            problems.add(new FieldProblem("shareholders", "validation.share-total"));
        }
    }

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private static void phone(List<FieldProblem> problems, String field, String phone) {
        if (phone != null && !Phones.isPhone(Phones.normalise(phone))) {
            problems.add(new FieldProblem(field, "validation.phone"));
        }
    }

    private static void require(List<FieldProblem> problems, String field, Object value, String key) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new FieldProblem(field, key));
        }
    }
}
