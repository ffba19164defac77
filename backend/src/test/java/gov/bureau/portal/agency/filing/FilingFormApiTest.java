package gov.bureau.portal.agency.filing;

import gov.bureau.portal.engagement.EngagementFixtures;
import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national filing form over HTTP (API.md "Selection integrity"): who may export which agency's form, and a
 * registration importing the exported form gets back every field, or 422 naming the wrong cells.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class FilingFormApiTest extends IntegrationTest {

    @Inject
    @Client("/")
    HttpClient http;

    private HttpResponse<byte[]> export(String token, long agencyId) {
        io.micronaut.http.MutableHttpRequest<?> request = HttpRequest.GET("/api/agencies/" + agencyId + "/filing-form");
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            return http.toBlocking().exchange(request, byte[].class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<byte[]>) (HttpResponse<?>) e.getResponse();
        }
    }

    private Response upload(byte[] bytes) {
        return upload(null, bytes);
    }

    private Response upload(String token, byte[] bytes) {
        MultipartBody body = MultipartBody.builder().addPart("file", "备案表.xlsx",
                MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), bytes).build();
        return api.send(HttpRequest.POST("/api/registrations/filing-form", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token);
    }

    /** The profile without the portal's row ids and the declaration, which a filing form does not carry. */
    private static Object withoutIds(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (!"id".equals(k) && !"declarationAccepted".equals(k)) {
                    out.put((String) k, withoutIds(v));
                }
            });
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(withoutIds(v)));
            return out;
        }
        return o;
    }

    @Test
    void anApprovedAgencysFormComesBackWithEveryFieldOnRegistration() {
        Agencies.Registered a = Agencies.register(api, unique("备案"));
        Map<String, Object> profile = new LinkedHashMap<>(Agencies.completeProfile(a.name(), a.uscc()));
        profile.put("shareholders", List.of(Map.of("holderKind", "PERSON", "name", "陈法人", "idType", "RESIDENT_ID",
                "idNumber", Agencies.ownResidentId(a.uscc(), 0), "sharePercent", "100")));
        assertThat(api.put(a.token(), "/api/agencies/me", profile).status()).isEqualTo(200);
        assertThat(Agencies.upload(api, a.token(), "BUSINESS_LICENCE", "营业执照.pdf", Agencies.pdf(), MediaType.APPLICATION_PDF_TYPE).status())
                .isEqualTo(201);
        assertThat(export(a.token(), a.id()).code()).as("not approved yet").isEqualTo(409);
        assertThat(api.post(a.token(), "/api/agencies/me/submission", null).status()).isEqualTo(200);
        assertThat(api.post(Users.adminToken(api), "/api/agencies/" + a.id() + "/review", Map.of("decision", "APPROVE")).status())
                .isEqualTo(200);

        HttpResponse<byte[]> own = export(a.token(), a.id());
        assertThat(own.code()).isEqualTo(200);
        assertThat(own.getContentType().orElseThrow().toString()).startsWith("application/vnd.openxmlformats");
        // anonymously, the form of an agency that exists is refused on its credit code; the agency itself may read it
        Response taken = upload(own.body());
        assertThat(taken.status()).as(taken.toString()).isEqualTo(422);
        assertThat(taken.errorFields()).containsExactly("机构基本信息!B2");
        assertThat((String) taken.fieldErrors().get(0).get("message")).startsWith("机构基本信息 第 2 行「统一社会信用代码」：")
                .contains("已注册");
        Response read = upload(a.token(), own.body());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        Map<String, Object> approved = (Map<String, Object>) api.get(a.token(), "/api/agencies/me").json().get("profile");
        assertThat(withoutIds(read.json())).isEqualTo(withoutIds(approved));
        assertThat(read.json().get("declarationAccepted")).isEqualTo(false);

        // the bureau's copy is masked; another agency, a unit, an expert and the anonymous cannot have it
        EngagementFixtures f = new EngagementFixtures(api, unique("filing"));
        HttpResponse<byte[]> staffCopy = export(f.staff(), a.id());
        assertThat(staffCopy.code()).isEqualTo(200);
        Response staffRead = upload(a.token(), staffCopy.body());
        assertThat(staffRead.status()).as("a masked ID number is not a valid one").isEqualTo(422);
        assertThat(export(f.admin(), a.id()).code()).isEqualTo(200);
        Agencies.Registered other = Agencies.register(api, unique("别家"));
        assertThat(export(other.token(), a.id()).code()).isEqualTo(404);
        assertThat(export(Users.unitAccount(api, unique("unit")).token(), a.id()).code()).isEqualTo(403);
        assertThat(export(gov.bureau.portal.support.Experts.register(api, unique("expert")).token(), a.id()).code()).isEqualTo(403);
        assertThat(export(null, a.id()).code()).isEqualTo(401);
        assertThat(export(f.staff(), 99_999_999L).code()).isEqualTo(404);
    }

    @Test
    void aWrongFormIsRefusedWithEveryCellNamedAndNothingElse() {
        List<gov.bureau.portal.common.Spreadsheet.Sheet> sheets = List.of(
                new gov.bureau.portal.common.Spreadsheet.Sheet("机构基本信息", FilingLayout.BASIC_COLUMNS.stream()
                        .map(FilingLayout.Column::header).toList(), List.of(java.util.Arrays.asList("某所", "91350100M000100Y44",
                        "会计师事务所", "是", null, "南京市", "2008-01-01", "100", "王", "12345", "a@example.cn"))),
                new gov.bureau.portal.common.Spreadsheet.Sheet("主评人", FilingLayout.PERSON_COLUMNS.stream()
                        .map(FilingLayout.Column::header).toList(), List.of(java.util.Arrays.asList(1, "张", "居民身份证",
                        "11010519491231002Y"))));
        Response r = upload(gov.bureau.portal.common.Spreadsheet.write(sheets));
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.errorFields()).contains("机构基本信息!B2", "机构基本信息!J2", "主评人!D2");
        Map<String, Object> leadId = r.fieldErrors().stream().filter(e -> "主评人!D2".equals(e.get("field"))).findFirst().orElseThrow();
        assertThat((String) leadId.get("message")).startsWith("主评人 第 2 行「证件号码」：");

        Response english = api.send(HttpRequest.POST("/api/registrations/filing-form", MultipartBody.builder().addPart("file", "x.xlsx",
                MediaType.APPLICATION_OCTET_STREAM_TYPE, gov.bureau.portal.common.Spreadsheet.write(sheets)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Accept-Language", "en"), null);
        assertThat(english.fieldErrors()).anySatisfy(e -> assertThat((String) e.get("message")).startsWith("主评人, row 2, “证件号码”: "));

        assertThat(upload("not a workbook".getBytes()).errorFields()).containsExactly("file");
        Response none = api.send(HttpRequest.POST("/api/registrations/filing-form", MultipartBody.builder().addPart("other", "x").build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), null);
        assertThat(none.status()).isEqualTo(400);
    }

    @Test
    void aCreditCodeAnotherAgencyHoldsIsRefusedOnItsCell() throws java.io.IOException {
        Agencies.Registered holder = Agencies.register(api, unique("占用"));
        Agencies.Registered other = Agencies.register(api, unique("导入"));
        Map<String, Object> profile = new LinkedHashMap<>(Agencies.completeProfile(other.name(), holder.uscc()));
        byte[] form = FilingFormWriter.write(withUscc(profile, holder.uscc()));
        Response r = upload(other.token(), form);
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactly("机构基本信息!B2");
        assertThat((String) r.fieldErrors().get(0).get("message")).isEqualTo("机构基本信息 第 2 行「统一社会信用代码」：该统一社会信用代码已被其他机构使用");
        // the holder's own code is its own
        assertThat(upload(holder.token(), form).status()).isEqualTo(200);
    }

    private gov.bureau.portal.agency.ProfileData withUscc(Map<String, Object> profile, String uscc) throws java.io.IOException {
        Map<String, Object> p = new LinkedHashMap<>(profile);
        p.put("uscc", uscc);
        p.put("documents", List.of());
        return json.readValue(json.writeValueAsBytes(p), gov.bureau.portal.agency.ProfileData.class).normalised();
    }

    @Inject
    io.micronaut.json.JsonMapper json;

    @Test
    void oversizedUploadsZipBombsAndOversizedSheetsAreRefusedInTheErrorShape() throws Exception {
        // more than 2 MB: 413
        Response big = upload(new byte[2 * 1024 * 1024 + 10]);
        assertThat(big.status()).as(big.toString()).isEqualTo(413);
        assertThat(big.get("code")).isEqualTo("FILE_TOO_LARGE");
        assertThat(big.errorFields()).containsExactly("file");

        // a few KB that unpack to 100 MB: 413 before the reader opens it
        Response bomb = upload(FilingFormTest.zipBomb(100));
        assertThat(bomb.status()).as(bomb.toString()).isEqualTo(413);
        assertThat(bomb.errorFields()).containsExactly("file");
        assertThat((String) bomb.fieldErrors().get(0).get("message")).contains("压缩炸弹");

        // a sheet of 5,000 rows: 422 on the file, naming the sheet
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(List.of("某所" + i));
        }
        Response tall = upload(gov.bureau.portal.common.Spreadsheet.write("机构基本信息", List.of("机构名称"), rows));
        assertThat(tall.status()).as(tall.toString()).isEqualTo(422);
        assertThat(tall.errorFields()).containsExactly("file");
        assertThat((String) tall.fieldErrors().get(0).get("message")).contains("机构基本信息").contains("999");
    }
}
