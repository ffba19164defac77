package gov.bureau.portal.inbox;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in user's own notifications. */
@Tag(name = "Inbox")
@Refusals
@Controller("/api/inbox")
@Secured({Role.AGENCY_NAME, Role.STAFF_NAME, Role.ADMIN_NAME, Role.UNIT_NAME, Role.EXPERT_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class InboxController {

    private final Inbox inbox;

    public InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @Serdeable
    public record UnreadCount(long count) {
    }

    @Operation(summary = "My notifications, newest first", description = "unread=true lists only unread ones.")
    @Get
    public PageResponse<Inbox.MessageView> list(Actor actor, HttpRequest<?> request, @Nullable @QueryValue Boolean unread,
                                                @RequestBean PageQuery page) {
        return inbox.list(actor, Boolean.TRUE.equals(unread), page, Messages.localeOf(request));
    }

    @Operation(summary = "How many of my notifications are unread")
    @Get("/unread-count")
    public UnreadCount unreadCount(Actor actor) {
        return new UnreadCount(inbox.unread(actor));
    }

    @Operation(summary = "Mark one of my notifications read")
    @Post("/{id}/read")
    public Inbox.MessageView read(Actor actor, HttpRequest<?> request, long id) {
        return inbox.markRead(actor, id, Messages.localeOf(request));
    }

    @Operation(summary = "Mark all my notifications read", description = "Answers the unread count now: 0.")
    @Post("/read-all")
    public UnreadCount readAll(Actor actor) {
        inbox.markAllRead(actor);
        return new UnreadCount(0); // every unread message of the user was marked in this transaction
    }
}
