package gov.bureau.portal.audit;

import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log read by bureau users (issue 11): actions and object types named in the reader's
 * language, objects by their names, drop-down filters fed by the log itself, an Excel export.
 */
@MicronautTest(transactional = false)
class AuditLogReadableApiTest extends IntegrationTest {

    @Inject
    @Client("/")
    HttpClient http;

    private String admin() {
        return Users.adminToken(api);
    }

    @Test
    void entriesNameTheActionAndTheObjectInTheReadersLanguage() {
        Agencies.Registered a = Agencies.approved(api);
        Response zh = api.get(admin(), "/api/audit-log?entityType=Agency&entityId=" + a.id() + "&action=AGENCY_REVIEWED");
        assertThat(zh.content()).hasSize(1);
        Map<String, Object> entry = zh.content().get(0);
        assertThat(entry).containsEntry("action", "AGENCY_REVIEWED").containsEntry("actionName", "审核机构信息")
                .containsEntry("entityTypeName", "机构").containsEntry("entityName", a.name());

        Response en = api.send(HttpRequest.GET("/api/audit-log?entityType=Agency&entityId=" + a.id() + "&action=AGENCY_REVIEWED")
                .header("Accept-Language", "en"), admin());
        assertThat(en.content().get(0)).containsEntry("actionName", "Profile reviewed").containsEntry("entityTypeName", "Agency")
                .containsEntry("entityName", a.name());

        // a user is named by display name and user name
        String name = unique("aud");
        Response created = api.post(admin(), "/api/users", Map.of("username", name, "displayName", "王业务",
                "roles", List.of("STAFF"), "password", Users.PASSWORD));
        Map<String, Object> user = api.get(admin(), "/api/audit-log?entityType=User&entityId=" + created.id()).content().get(0);
        assertThat(user).containsEntry("actionName", "创建用户").containsEntry("entityName", "王业务 (" + name + ")");
    }

    @Test
    void theFiltersOfferTheActionsAndTypesTheLogHoldsByName() {
        Agencies.approved(api);
        Response facets = api.get(admin(), "/api/audit-log/facets");
        assertThat(facets.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> actions = (List<Map<String, Object>>) facets.get("actions");
        assertThat(actions).contains(Map.of("code", "AGENCY_REVIEWED", "name", "审核机构信息"),
                Map.of("code", "AGENCY_REGISTERED", "name", "机构注册"));
        assertThat(actions).extracting(m -> m.get("code")).doesNotHaveDuplicates();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> types = (List<Map<String, Object>>) facets.get("entityTypes");
        assertThat(types).contains(Map.of("code", "Agency", "name", "机构"), Map.of("code", "User", "name", "用户"));
        // every action recorded anywhere in the portal has a name in both languages
        assertThat(actions).allSatisfy(o -> assertThat(o.get("name")).as("a name for %s", o.get("code")).isNotEqualTo(o.get("code")));
    }

    @Test
    void theLogIsExportedToExcelWithItsFiltersAndNames() throws Exception {
        Agencies.Registered a = Agencies.approved(api);
        HttpResponse<byte[]> response = http.toBlocking().exchange(HttpRequest.GET("/api/audit-log/export?entityType=Agency&entityId="
                + a.id() + "&sort=seq").bearerAuth(admin()), byte[].class);
        assertThat(response.getContentType().orElseThrow().toString()).startsWith("application/vnd.openxmlformats");
        String disposition = response.header("Content-Disposition");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
                .isEqualTo("审计日志.xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(3)).isEqualTo("操作");
            assertThat(rows.get(0).getCellText(7)).isEqualTo("变更内容");
            List<Row> data = rows.subList(1, rows.size());
            assertThat(data).extracting(r -> r.getCellText(3)).startsWith("机构注册").contains("提交入库审核", "审核机构信息");
            assertThat(data).allSatisfy(r -> {
                assertThat(r.getCellText(4)).isEqualTo("机构");
                assertThat(r.getCellText(6)).isEqualTo(a.name());
            });
            // a change is written as "field: before → after", not as JSON
            Row reviewed = data.stream().filter(r -> r.getCellText(3).equals("审核机构信息")).findFirst().orElseThrow();
            assertThat(reviewed.getCellText(7)).doesNotContain("{").contains("→");
        }
        HttpResponse<byte[]> english = http.toBlocking().exchange(HttpRequest.GET("/api/audit-log/export?entityType=Agency&entityId="
                + a.id()).bearerAuth(admin()).header("Accept-Language", "en"), byte[].class);
        assertThat(english.header("Content-Disposition")).contains("audit-log.xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(english.body()))) {
            assertThat(wb.getFirstSheet().read().get(0).getCellText(3)).isEqualTo("Action");
        }
    }

    @Test
    void onlyAdminsReadTheNamesAndTheExport() {
        String staff = Users.tokenFor(api, unique("s"), "STAFF");
        assertThat(api.get(staff, "/api/audit-log/facets").status()).isEqualTo(403);
        assertThat(api.get(staff, "/api/audit-log/export").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/audit-log/export").status()).isEqualTo(401);
    }
}
