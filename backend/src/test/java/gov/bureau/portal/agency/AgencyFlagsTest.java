package gov.bureau.portal.agency;

import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The nightly check of annual confirmations and certificates, run on demand. */
@MicronautTest(transactional = false)
class AgencyFlagsTest extends IntegrationTest {

    @SuppressWarnings("unchecked")
    @Test
    void expiringCertificatesAreFlaggedAndTheAgencyIsTold() {
        Agencies.Registered a = Agencies.register(api);
        Map<String, Object> profile = Agencies.completeProfile(a.name(), a.uscc());
        List<Map<String, Object>> leads = new ArrayList<>((List<Map<String, Object>>) profile.get("leadEvaluators"));
        Map<String, Object> lead = new HashMap<>(leads.get(0));
        lead.put("certificates", List.of(
                Map.of("certType", "注册会计师", "certNumber", "A-1", "expiresOn", LocalDate.now().plusDays(10).toString()),
                Map.of("certType", "资产评估师", "certNumber", "A-2", "expiresOn", LocalDate.now().minusDays(3).toString()),
                Map.of("certType", "税务师", "certNumber", "A-3", "expiresOn", LocalDate.now().plusYears(3).toString())));
        leads.set(0, lead);
        profile.put("leadEvaluators", leads);
        assertThat(api.put(a.token(), "/api/agencies/me", profile).status()).isEqualTo(200);
        Agencies.upload(api, a.token(), "BUSINESS_LICENCE", "licence.pdf", Agencies.pdf(), io.micronaut.http.MediaType.APPLICATION_PDF_TYPE);
        assertThat(api.post(a.token(), "/api/agencies/me/submission", null).status()).isEqualTo(200);
        api.post(Users.adminToken(api), "/api/agencies/" + a.id() + "/review", Map.of("decision", "APPROVE"));

        Response run = api.post(Users.adminToken(api), "/api/agencies/flag-check", null);
        assertThat(run.status()).isEqualTo(200);
        Response me = api.get(a.token(), "/api/agencies/me");
        assertThat(me.json()).containsEntry("expiringCertificates", 1).containsEntry("expiredCertificates", 1)
                .containsEntry("confirmationOverdue", false);
        assertThat(api.get(a.token(), "/api/inbox").content()).extracting(m -> (String) m.get("title"))
                .anyMatch(t -> t.contains("1 项证书将在 30 天内到期") && t.contains("1 项证书已过期"));
        Response flagged = api.get(Users.adminToken(api), "/api/agencies?attention=true&q=" + a.uscc());
        assertThat(flagged.content()).hasSize(1);

        // a second run raises nothing new
        int messages = api.get(a.token(), "/api/inbox").content().size();
        api.post(Users.adminToken(api), "/api/agencies/flag-check", null);
        assertThat(api.get(a.token(), "/api/inbox").content()).hasSize(messages);
    }

    @Test
    void theAnnualConfirmationDeadlineComesFromTheRuleTable() throws Exception {
        Agencies.Registered a = Agencies.approved(api);
        try (var c = gov.bureau.portal.support.TestDatabase.connect();
             var s = c.prepareStatement("UPDATE agency SET confirmed_year = ? WHERE id = ?")) {
            s.setInt(1, LocalDate.now().getYear() - 1);
            s.setLong(2, a.id());
            s.executeUpdate();
        }
        String admin = Users.adminToken(api);
        Response current = api.get(admin, "/api/rules/agency.annual-confirmation");
        assertThat(current.status()).isEqualTo(200);
        Object before = current.get("content");
        try {
            assertThat(api.put(admin, "/api/rules/agency.annual-confirmation", Map.of("content",
                    Map.of("deadlineMonth", 1, "deadlineDay", 1), "reason", "test: deadline at new year")).status()).isEqualTo(200);
            api.post(admin, "/api/agencies/flag-check", null);
            boolean pastDeadline = LocalDate.now().isAfter(LocalDate.of(LocalDate.now().getYear(), 1, 1));
            assertThat(api.get(a.token(), "/api/agencies/me").get("confirmationOverdue")).isEqualTo(pastDeadline);
            api.post(a.token(), "/api/agencies/me/annual-confirmation", null);
            api.post(admin, "/api/agencies/flag-check", null);
            assertThat(api.get(a.token(), "/api/agencies/me").get("confirmationOverdue")).isEqualTo(false);
        } finally {
            api.put(admin, "/api/rules/agency.annual-confirmation", Map.of("content", before, "reason", "test: restore"));
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void flagsAreCurrentAsSoonAsAChangeIsApprovedWithoutWaitingForTheNightlyCheck() {
        Agencies.Registered a = Agencies.approved(api);
        String admin = Users.adminToken(api);
        Map<String, Object> profile = new HashMap<>((Map<String, Object>) api.get(a.token(), "/api/agencies/me").get("profile"));
        List<Map<String, Object>> leads = new ArrayList<>((List<Map<String, Object>>) profile.get("leadEvaluators"));
        Map<String, Object> lead = new HashMap<>(leads.get(0));
        List<Object> certificates = new ArrayList<>((List<Object>) lead.get("certificates"));
        certificates.add(Map.of("certType", "资产评估师", "certNumber", "B-1", "expiresOn", LocalDate.now().minusDays(3).toString()));
        lead.put("certificates", certificates);
        leads.set(0, lead);
        profile.put("leadEvaluators", leads);
        assertThat(api.put(a.token(), "/api/agencies/me", profile).status()).isEqualTo(200);
        assertThat(api.post(a.token(), "/api/agencies/me/submission", null).status()).isEqualTo(200);
        // the change is not in force yet
        assertThat(api.get(a.token(), "/api/agencies/me").get("expiredCertificates")).isEqualTo(0);

        assertThat(api.post(admin, "/api/agencies/" + a.id() + "/review", Map.of("decision", "APPROVE")).status()).isEqualTo(200);
        assertThat(api.get(a.token(), "/api/agencies/me").json()).containsEntry("expiredCertificates", 1)
                .containsEntry("expiringCertificates", 0).containsEntry("confirmationOverdue", false);
        assertThat(api.get(admin, "/api/agencies?attention=true&q=" + a.uscc()).content()).hasSize(1);
        assertThat(api.get(a.token(), "/api/inbox").content()).extracting(m -> (String) m.get("title"))
                .anyMatch(t -> t.contains("1 项证书已过期"))
                .noneMatch(t -> t.contains("0 项证书")); // only what there is is named (issue 11)
    }

    @Test
    void confirmingTheYearAndLeavingThePoolClearTheOverdueFlagAtOnce() throws Exception {
        Agencies.Registered a = Agencies.approved(api);
        Agencies.Registered b = Agencies.approved(api);
        String admin = Users.adminToken(api);
        for (long id : List.of(a.id(), b.id())) {
            try (var c = gov.bureau.portal.support.TestDatabase.connect();
                 var s = c.prepareStatement("UPDATE agency SET confirmed_year = ?, confirmation_overdue = TRUE WHERE id = ?")) {
                s.setInt(1, LocalDate.now().getYear() - 1);
                s.setLong(2, id);
                s.executeUpdate();
            }
        }
        api.post(a.token(), "/api/agencies/me/annual-confirmation", null);
        assertThat(api.get(a.token(), "/api/agencies/me").get("confirmationOverdue")).isEqualTo(false);
        api.post(admin, "/api/agencies/" + b.id() + "/withdrawal", Map.of("reason", "test: leaves the pool"));
        assertThat(api.get(b.token(), "/api/agencies/me").get("confirmationOverdue")).isEqualTo(false);
    }
}
