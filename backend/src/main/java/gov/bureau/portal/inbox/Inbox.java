package gov.bureau.portal.inbox;

import gov.bureau.portal.common.Messages;
import gov.bureau.portal.common.PageQuery;
import gov.bureau.portal.common.PageResponse;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import gov.bureau.portal.common.JsonText;
import gov.bureau.portal.platform.BureauClock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * In-app notifications (消息, DOMAIN.md §8): every decision that concerns a user. Areas post through
 * the {@code notify...} methods inside the transaction of the decision, so that a decision and its
 * notice commit together. The title is a message key of any area's bundle (e.g.
 * {@code inbox.agency.returned}) with arguments, rendered in the reader's language when read;
 * the body is free text shown as it is (a reviewer's reason); the link is a page of the front end.
 */
@Singleton
public class Inbox {

    /** The length of the title_args column (V11). */
    private static final int ARGS_MAX = 2000;

    private final InboxRepository repository;
    private final Messages messages;
    private final JsonText json;
    private final BureauClock clock;

    public Inbox(InboxRepository repository, Messages messages, JsonText json, BureauClock clock) {
        this.repository = repository;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** Notifies every enabled account of the agency. */
    @Transactional
    public void notifyAgency(long agencyId, String titleKey, List<?> args, @Nullable String link) {
        notifyAgency(agencyId, titleKey, args, null, link);
    }

    @Transactional
    public void notifyAgency(long agencyId, String titleKey, List<?> args, @Nullable String body, @Nullable String link) {
        notifyAll(repository.agencyUsers(agencyId), titleKey, args, body, link);
    }

    /** Notifies every enabled account of the budget unit (role UNIT). */
    @Transactional
    public void notifyUnit(long unitId, String titleKey, List<?> args, @Nullable String body, @Nullable String link) {
        notifyAll(repository.unitUsers(unitId), titleKey, args, body, link);
    }

    /** Notifies every enabled STAFF and ADMIN account. */
    @Transactional
    public void notifyBureau(String titleKey, List<?> args, @Nullable String body, @Nullable String link) {
        notifyAll(repository.bureauUsers(), titleKey, args, body, link);
    }

    @Transactional
    public void notifyUser(long userId, String titleKey, List<?> args, @Nullable String body, @Nullable String link) {
        notifyAll(List.of(userId), titleKey, args, body, link);
    }

    /** One message, built once, to each user, inserted in one batch. */
    private void notifyAll(List<Long> users, String titleKey, List<?> args, @Nullable String body, @Nullable String link) {
        if (users.isEmpty()) {
            return;
        }
        String titleArgs = args == null || args.isEmpty() ? null : toJson(args);
        String text = body == null ? null : clip(body, 4000);
        String target = link == null ? null : clip(link, 300);
        Instant now = clock.now();
        repository.saveAll(users.stream().map(u -> new InboxMessage(null, u, titleKey, titleArgs, text, target, now, null))
                .toList());
    }

    @Serdeable
    public record MessageView(long id, String title, @Nullable String body, @Nullable String link, OffsetDateTime createdAt,
                              boolean read) {
    }

    @Transactional
    public PageResponse<MessageView> list(Actor actor, boolean unreadOnly, PageQuery page, Locale locale) {
        long user = user(actor);
        var pageable = page.toPageable(Map.of("createdAt", "id"), "createdAt,desc");
        var found = unreadOnly ? repository.findByUserIdAndReadAtIsNull(user, pageable) : repository.findByUserId(user, pageable);
        return PageResponse.of(found, m -> view(m, locale));
    }

    @Transactional
    public long unread(Actor actor) {
        return repository.countByUserIdAndReadAtIsNull(user(actor));
    }

    /** Marks one of the caller's messages read; another user's message is not found. */
    @Transactional
    public MessageView markRead(Actor actor, long id, Locale locale) {
        long user = user(actor);
        InboxMessage message = repository.findByIdAndUserId(id, user).orElseThrow(PortalException::notFound);
        repository.markRead(id, user, clock.now());
        return view(repository.findById(message.id()).orElseThrow(), locale);
    }

    @Transactional
    public long markAllRead(Actor actor) {
        return repository.markAllRead(user(actor), clock.now());
    }

    private MessageView view(InboxMessage m, Locale locale) {
        Object[] args = m.titleArgs() == null ? new Object[0] : fromJson(m.titleArgs());
        return new MessageView(m.id(), messages.get(locale, m.titleKey(), args), m.body(), m.link(),
                clock.toOffset(m.createdAt()), m.readAt() != null);
    }

    private static long user(Actor actor) {
        if (actor.userId() == null) {
            throw PortalException.notFound();
        }
        return actor.userId();
    }

    /**
     * The arguments as texts in JSON. Overlong texts are shortened, never the JSON itself: a cut JSON
     * could not be read back.
     */
    private String toJson(List<?> args) {
        List<String> texts = args.stream().map(a -> a == null ? "" : String.valueOf(a)).toList();
        String text = json.write(texts);
        for (int max = ARGS_MAX / texts.size(); text.length() > ARGS_MAX; max /= 2) {
            if (max == 0) {
                throw new IllegalArgumentException("too many title arguments: " + texts.size());
            }
            int limit = max;
            text = json.write(texts.stream().map(t -> clip(t, limit)).toList());
        }
        return text;
    }

    /** Stored arguments are always readable (see toJson); if not, that is an error, not a title without them. */
    private Object[] fromJson(String args) {
        return json.read(args, Argument.listOf(String.class)).toArray();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
