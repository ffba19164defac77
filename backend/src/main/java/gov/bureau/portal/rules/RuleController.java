package gov.bureau.portal.rules;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.identity.UserNames;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The bureau's rule tables: everyone at the bureau reads them, an ADMIN publishes new versions. */
@Tag(name = "Rule tables")
@Refusals
@Controller("/api/rules")
@Secured({Role.STAFF_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class RuleController {

    private final RuleBook book;
    private final UserNames people;

    public RuleController(RuleBook book, UserNames people) {
        this.book = book;
        this.people = people;
    }

    /** The versions with who published each, as people are named (王业务, not staff): one lookup. */
    private List<RuleTableView> views(List<? extends RuleVersion<?>> versions) {
        Map<String, String> shown = people.displayNames(versions.stream().map(RuleVersion::createdBy).toList());
        return versions.stream().map(v -> RuleTableView.of(v, shown.get(v.createdBy()))).toList();
    }

    private RuleTableView view(RuleVersion<?> v) {
        return views(List.of(v)).get(0);
    }

    @Serdeable
    public record RuleTableView(String key, int version, long versionId, Object content, String createdBy,
                                Instant createdAt, @Nullable String reason) {
        static RuleTableView of(RuleVersion<?> v, String createdBy) {
            return new RuleTableView(v.key(), v.version(), v.id(), v.content(), createdBy, v.createdAt(), v.reason());
        }
    }

    @Serdeable
    public record Publish(@NotNull JsonNode content, @NotBlank @Size(max = 1000) String reason) {
    }

    @Operation(summary = "Every rule table with its version in force")
    @Get
    public List<RuleTableView> list() {
        return views(book.definitions().stream().<RuleVersion<?>>map(book::current).toList());
    }

    @Operation(summary = "The version in force of a rule table")
    @Get("/{key}")
    public RuleTableView current(String key) {
        return view(book.current(book.definition(key)));
    }

    @Operation(summary = "All versions of a rule table, newest first")
    @Get("/{key}/versions")
    public List<RuleTableView> versions(String key) {
        return views(book.history(book.definition(key)));
    }

    @Operation(summary = "One version of a rule table")
    @Get("/{key}/versions/{version}")
    public RuleTableView version(String key, int version) {
        return view(book.byVersion(book.definition(key), version));
    }

    @Operation(summary = "Publish a new version (ADMIN)", description = "The content is validated by the table's rules; a reason is required.")
    @Put("/{key}")
    @Secured(Role.ADMIN_NAME)
    public RuleTableView publish(Actor actor, String key, @Valid @Body Publish body) {
        return view(publishTyped(actor, book.definition(key), body));
    }

    private <T> RuleVersion<T> publishTyped(Actor actor, RuleDefinition<T> definition, Publish body) {
        return book.publish(actor, definition, book.parse(definition, body.content()), body.reason());
    }
}
