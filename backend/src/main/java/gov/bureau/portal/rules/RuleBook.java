package gov.bureau.portal.rules;

import gov.bureau.portal.audit.AuditLog;
import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.common.ValidationMessages;
import gov.bureau.portal.security.Actor;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versioned store of the bureau's rule tables. Reading the current version is one indexed
 * query; publishing validates, stores a new version and audits it.
 */
@Singleton
public class RuleBook {

    static final String ENTITY = "RuleTable";

    private final RuleVersionRepository repository;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;
    private final io.micronaut.context.event.ApplicationEventPublisher<RulesPublished> published;
    private final Map<String, RuleDefinition<?>> definitions = new LinkedHashMap<>();
    private final Validator validator;
    private final ValidationMessages validationMessages;

    public RuleBook(RuleVersionRepository repository, JsonMapper json, AuditLog audit, Clock clock,
                    io.micronaut.context.event.ApplicationEventPublisher<RulesPublished> published,
                    Collection<RuleDefinition<?>> definitions, Validator validator, ValidationMessages validationMessages) {
        this.validator = validator;
        this.validationMessages = validationMessages;
        this.repository = repository;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
        this.published = published;
        definitions.stream().sorted(java.util.Comparator.comparing(RuleDefinition::key))
                .forEach(d -> this.definitions.put(d.key(), d));
    }

    public Collection<RuleDefinition<?>> definitions() {
        return definitions.values();
    }

    public RuleDefinition<?> definition(String key) {
        RuleDefinition<?> definition = definitions.get(key);
        if (definition == null) {
            throw PortalException.notFound();
        }
        return definition;
    }

    /** The version in force now. */
    @Transactional
    public <T> RuleVersion<T> current(RuleDefinition<T> definition) {
        return repository.findLatest(definition.key()).map(v -> read(definition, v))
                .orElseGet(() -> seed(definition));
    }

    /** A version by its id, as stored on a record decided under it. */
    @Transactional
    public <T> RuleVersion<T> byId(RuleDefinition<T> definition, long id) {
        StoredRuleVersion stored = repository.findById(id)
                .filter(v -> v.ruleKey().equals(definition.key()))
                .orElseThrow(PortalException::notFound);
        return read(definition, stored);
    }

    @Transactional
    public <T> RuleVersion<T> byVersion(RuleDefinition<T> definition, int version) {
        return repository.findByRuleKeyAndVersion(definition.key(), version).map(v -> read(definition, v))
                .orElseThrow(PortalException::notFound);
    }

    @Transactional
    public <T> List<RuleVersion<T>> history(RuleDefinition<T> definition) {
        current(definition);
        return repository.findByRuleKeyOrderByVersionDesc(definition.key()).stream().map(v -> read(definition, v)).toList();
    }

    /**
     * Publishes a new version after validating it: each field's limits as declared on the content record
     * (bean validation), then the table's own rules across fields; the reason is required and audited.
     */
    @Transactional
    public <T> RuleVersion<T> publish(Actor actor, RuleDefinition<T> definition, T content, String reason) {
        List<FieldProblem> problems = new java.util.ArrayList<>(limits(content));
        problems.addAll(definition.validate(content));
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        current(definition);
        int next = repository.lockLatest(definition.key()).map(v -> v.version() + 1).orElse(1);
        StoredRuleVersion stored = repository.save(new StoredRuleVersion(null, definition.key(), next, write(content),
                reason.trim(), actor.username(), clock.instant()));
        audit.record(actor, "RULES_PUBLISHED", ENTITY, definition.key(),
                Map.of("version", next, "content", stored.content()), reason.trim());
        published.publishEvent(new RulesPublished(definition.key(), stored.id()));
        return read(definition, stored);
    }

    /** The violated limits of the content's fields, in field order, as {@code content.<field>} problems. */
    <T> List<FieldProblem> limits(T content) {
        return validator.validate(content).stream().map(v -> validationMessages.problemOf(v, "content."))
                .sorted(java.util.Comparator.comparing(FieldProblem::field)).toList();
    }

    /** Reads a proposed version from the JSON tree the client sent; malformed content is a field error. */
    public <T> T parse(RuleDefinition<T> definition, JsonNode content) {
        try {
            T value = json.readValueFromTree(content, Argument.of(definition.type()));
            if (value == null) {
                throw PortalException.malformed("content", "validation.required");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PortalException p) {
                throw p;
            }
            throw new PortalException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                    List.of(new FieldProblem("content", "validation.rules-shape")));
        }
    }

    /** Publishes every table's default once, so that a version id exists from the first day. */
    @EventListener
    @Order(20)
    @Transactional
    public void seedDefaults(StartupEvent event) {
        definitions.values().forEach(this::current);
    }

    private <T> RuleVersion<T> seed(RuleDefinition<T> definition) {
        T defaults = definition.defaults();
        StoredRuleVersion stored = repository.save(new StoredRuleVersion(null, definition.key(), 1, write(defaults),
                "default", Actor.SYSTEM.username(), clock.instant()));
        audit.record(Actor.SYSTEM, "RULES_PUBLISHED", ENTITY, definition.key(),
                Map.of("version", 1, "content", stored.content()), "default of DOMAIN.md");
        return read(definition, stored);
    }

    private <T> RuleVersion<T> read(RuleDefinition<T> definition, StoredRuleVersion v) {
        try {
            T content = json.readValue(v.content(), Argument.of(definition.type()));
            return new RuleVersion<>(v.id(), v.ruleKey(), v.version(), content, v.createdBy(), v.createdAt(), v.reason());
        } catch (IOException e) {
            throw new UncheckedIOException("rule table " + v.ruleKey() + " v" + v.version() + " is unreadable", e);
        }
    }

    private String write(Object content) {
        try {
            return json.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Instant now() {
        return clock.instant();
    }
}
