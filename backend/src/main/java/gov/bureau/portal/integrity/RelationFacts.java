package gov.bureau.portal.integrity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the approved profiles of the pool say that can link two agencies (DOMAIN.md §12): the legal representative,
 * phone, e-mail, address and credit code of each agency, its active lead evaluators and practitioners, and its
 * shareholders or partners, each fact with the evidence a person reads. An agency out of the pool says nothing.
 */
@Singleton
public class RelationFacts {

    /** The agency statuses of the pool. */
    static final String IN_POOL = "('APPROVED', 'SUSPENDED')";

    private final JdbcOperations jdbc;

    RelationFacts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** What the approved profiles of the whole pool say. */
    List<RelationFinder.Fact> pool() {
        List<RelationFinder.Fact> facts = new ArrayList<>();
        read(facts, "");
        return facts;
    }

    /** What the approved profiles of these agencies say. */
    List<RelationFinder.Fact> of(Collection<Long> agencyIds) {
        List<RelationFinder.Fact> facts = new ArrayList<>();
        for (List<Long> chunk : InChunks.of(agencyIds)) {
            read(facts, " AND a.id IN (" + chunk.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
        }
        return facts;
    }

    private void read(List<RelationFinder.Fact> facts, String andAgencies) {
        jdbc.prepareStatement("SELECT a.id, a.name, a.legal_rep_name, a.legal_rep_id_number, a.contact_phone, a.email, a.registered_address, "
                + "a.uscc FROM agency a WHERE a.status IN " + IN_POOL + andAgencies, st -> {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String agency = rs.getString(2);
                    String rep = rs.getString(4);
                    if (rep != null) {
                        facts.add(new RelationFinder.Fact(id, RelationFinder.Source.LEGAL_REPRESENTATIVE, rep,
                                agency + " 法定代表人 " + rs.getString(3) + " (" + RelationFinder.mask(rep) + ")"));
                    }
                    String phone = rs.getString(5);
                    facts.add(new RelationFinder.Fact(id, RelationFinder.Source.PHONE, phone, agency + " 电话 " + phone));
                    String email = rs.getString(6);
                    String domain = email == null ? null : email.substring(email.lastIndexOf('@') + 1);
                    facts.add(new RelationFinder.Fact(id, RelationFinder.Source.EMAIL, email, agency + " 邮箱域名 " + domain));
                    String address = rs.getString(7);
                    facts.add(new RelationFinder.Fact(id, RelationFinder.Source.ADDRESS, address, agency + " 注册地址 " + address));
                    facts.add(new RelationFinder.Fact(id, RelationFinder.Source.AGENCY, rs.getString(8), agency + " 统一社会信用代码 " + rs.getString(8)));
                }
            }
            return null;
        });
        jdbc.prepareStatement("SELECT p.agency_id, a.name, p.role, p.name, p.id_number FROM agency_person p "
                + "JOIN agency a ON a.id = p.agency_id WHERE a.status IN " + IN_POOL + andAgencies
                + " AND p.active = TRUE AND p.id_number IS NOT NULL AND p.role IN ('LEAD_EVALUATOR', 'OTHER')", st -> {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    boolean lead = "LEAD_EVALUATOR".equals(rs.getString(3));
                    String idNumber = rs.getString(5);
                    facts.add(new RelationFinder.Fact(rs.getLong(1), lead ? RelationFinder.Source.LEAD_EVALUATOR : RelationFinder.Source.PRACTITIONER,
                            idNumber, rs.getString(2) + (lead ? " 主评人 " : " 从业人员 ") + rs.getString(4) + " (" + RelationFinder.mask(idNumber) + ")"));
                }
            }
            return null;
        });
        jdbc.prepareStatement("SELECT h.agency_id, a.name, h.holder_kind, h.name, h.id_number FROM agency_shareholder h "
                + "JOIN agency a ON a.id = h.agency_id WHERE a.status IN " + IN_POOL + andAgencies + " AND h.id_number IS NOT NULL", st -> {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String idNumber = rs.getString(5);
                    boolean person = "PERSON".equals(rs.getString(3)); // an organisation's credit code is public
                    facts.add(new RelationFinder.Fact(rs.getLong(1), RelationFinder.Source.SHAREHOLDER, idNumber, rs.getString(2)
                            + " 股东/合伙人 " + rs.getString(4) + " (" + (person ? RelationFinder.mask(idNumber) : idNumber) + ")"));
                }
            }
            return null;
        });
    }
}
