package gov.bureau.portal.integrity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;

/** The API's records for related agencies (API.md "Selection integrity"). */
public final class RelationViews {

    private RelationViews() {
    }

    @Serdeable
    public record Groups(List<Group> groups, List<LinkView> dismissedLinks) {
    }

    /** A related group: {@code id} is its smallest agency id. */
    @Serdeable
    public record Group(long id, List<Long> agencyIds, List<Member> members, List<LinkView> links, @Nullable Confirmation confirmed) {
    }

    @Serdeable
    public record Member(long agencyId, @Nullable String name) {
    }

    @Serdeable
    public record LinkView(long id, long from, long to, RelationKind kind, String evidence, @Nullable OffsetDateTime dismissedAt,
                           @Nullable String dismissedBy, @Nullable String dismissalReason) {
    }

    @Serdeable
    public record Confirmation(String confirmedBy, OffsetDateTime confirmedAt, @Nullable String comment) {
    }

    @Serdeable
    public record Dismissal(@NotBlank @Size(max = 500) String reason) {
    }

    @Serdeable
    public record Confirm(@Nullable @Size(max = 500) String comment) {
    }
}
