package gov.bureau.portal.integrity;

import gov.bureau.portal.agency.ProfileData;
import gov.bureau.portal.agency.SubmissionCheck;
import gov.bureau.portal.common.FieldProblem;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One practitioner, one agency (DOMAIN.md §12): a lead evaluator or practitioner whose ID number another
 * agency already lists as its staff (in a submitted, returned, approved or suspended profile, the person
 * still active there) blocks this submission, naming the field. The earlier agency's record ends when it
 * removes the person (deactivated), or when it is rejected or withdrawn. Cooperating experts are not staff.
 */
@Singleton
class PractitionerCheck implements SubmissionCheck {

    static final String LISTING_STATES = "('SUBMITTED', 'RETURNED', 'APPROVED', 'SUSPENDED')";

    private final JdbcOperations jdbc;

    PractitionerCheck(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FieldProblem> check(long agencyId, ProfileData profile) {
        List<Listed> listed = new ArrayList<>();
        List<ProfileData.Person> leads = profile.leadEvaluators() == null ? List.of() : profile.leadEvaluators();
        for (int i = 0; i < leads.size(); i++) {
            add(listed, "leadEvaluators[" + i + "].idNumber", leads.get(i));
        }
        List<ProfileData.Person> others = profile.otherPractitioners() == null ? List.of() : profile.otherPractitioners();
        for (int i = 0; i < others.size(); i++) {
            add(listed, "otherPractitioners[" + i + "].idNumber", others.get(i));
        }
        if (listed.isEmpty()) {
            return List.of();
        }
        Set<String> numbers = listed.stream().map(Listed::idNumber).collect(Collectors.toCollection(HashSet::new));
        Set<String> elsewhere = jdbc.prepareStatement("SELECT DISTINCT p.id_number FROM agency_person p JOIN agency a ON a.id = p.agency_id "
                + "WHERE p.id_number IN (" + numbers.stream().map(n -> "?").collect(Collectors.joining(",")) + ") AND p.agency_id <> ? "
                + "AND p.active = TRUE AND p.role IN ('LEAD_EVALUATOR', 'OTHER') AND a.status IN " + LISTING_STATES, st -> {
            int i = 1;
            for (String n : numbers) {
                st.setString(i++, n);
            }
            st.setLong(i, agencyId);
            Set<String> found = new HashSet<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(normal(rs.getString(1)));
                }
            }
            return found;
        });
        return listed.stream().filter(l -> elsewhere.contains(l.idNumber()))
                .map(l -> new FieldProblem(l.field(), "validation.practitioner-listed-elsewhere", l.name())).toList();
    }

    private record Listed(String field, String name, String idNumber) {
    }

    private static void add(List<Listed> listed, String field, ProfileData.Person p) {
        if (p != null && p.idNumber() != null && !p.idNumber().isBlank()) {
            listed.add(new Listed(field, p.name(), normal(p.idNumber())));
        }
    }

    static String normal(String idNumber) {
        return idNumber.strip().toUpperCase(Locale.ROOT);
    }
}
