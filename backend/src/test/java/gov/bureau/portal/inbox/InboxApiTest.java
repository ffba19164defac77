package gov.bureau.portal.inbox;

import gov.bureau.portal.support.Agencies;
import gov.bureau.portal.support.IntegrationTest;
import gov.bureau.portal.support.TestClient.Response;
import gov.bureau.portal.support.Users;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class InboxApiTest extends IntegrationTest {

    @Inject
    Inbox inbox;

    @Test
    void messagesReachEveryAccountOfTheAgencyInTheReadersLanguage() {
        Agencies.Registered a = Agencies.register(api);
        inbox.notifyAgency(a.id(), "inbox.agency.suspended", List.of("某所"), "理由", "/agency/profile");
        inbox.notifyAgency(a.id(), "inbox.agency.reinstated", List.of("某所"), "/agency/profile");
        Response count = api.get(a.token(), "/api/inbox/unread-count");
        assertThat(count.get("count")).isEqualTo(2);
        Response list = api.get(a.token(), "/api/inbox");
        assertThat(list.content()).extracting(m -> m.get("title")).containsExactly("“某所”已恢复入库资格", "“某所”已被暂停入库资格");
        assertThat(list.content().get(1)).containsEntry("body", "理由").containsEntry("link", "/agency/profile")
                .containsEntry("read", false);
        Response en = api.send(HttpRequest.GET("/api/inbox").header("Accept-Language", "en"), a.token());
        assertThat(en.content().get(0).get("title")).isEqualTo("\"某所\" was reinstated in the agency pool");

        long first = ((Number) list.content().get(1).get("id")).longValue();
        assertThat(api.post(a.token(), "/api/inbox/" + first + "/read", null).get("read")).isEqualTo(true);
        assertThat(api.get(a.token(), "/api/inbox/unread-count").get("count")).isEqualTo(1);
        assertThat(api.get(a.token(), "/api/inbox?unread=true").content()).hasSize(1);

        // someone else's message is not found
        String staff = Users.tokenFor(api, unique("inb"), "STAFF");
        assertThat(api.post(staff, "/api/inbox/" + first + "/read", null).status()).isEqualTo(404);
        assertThat(api.get(staff, "/api/inbox").content()).noneMatch(m -> m.get("id").equals(list.content().get(1).get("id")));

        assertThat(api.post(a.token(), "/api/inbox/read-all", null).get("count")).isEqualTo(0);
        assertThat(api.get(null, "/api/inbox/unread-count").status()).isEqualTo(401);
    }

    @Test
    void theBureauHearsOfSubmissions() {
        String staff = Users.tokenFor(api, unique("inb2"), "STAFF");
        long before = ((Number) api.get(staff, "/api/inbox/unread-count").get("count")).longValue();
        Agencies.Registered a = Agencies.register(api);
        Agencies.submitComplete(api, a);
        Response mine = api.get(staff, "/api/inbox?unread=true");
        assertThat(((Number) api.get(staff, "/api/inbox/unread-count").get("count")).longValue()).isEqualTo(before + 1);
        assertThat(mine.content().get(0)).containsEntry("link", "/agencies/" + a.id());
        assertThat((String) mine.content().get(0).get("title")).contains(a.name()).contains("入库申请");
    }

    @Test
    void overlongTitleArgumentsAreShortenedNotLost() {
        Agencies.Registered a = Agencies.register(api);
        String name = "长".repeat(1500) + "\"引号\"";
        inbox.notifyAgency(a.id(), "inbox.agency.suspended", List.of(name), null, null);
        inbox.notifyAgency(a.id(), "inbox.agency.reinstated", List.of(name, name, name), null, null);
        Response list = api.get(a.token(), "/api/inbox");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.content()).extracting(m -> (String) m.get("title"))
                .allMatch(t -> t.startsWith("“长长长") && !t.contains("{0}"));
    }
}
