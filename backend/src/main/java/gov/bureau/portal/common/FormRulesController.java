package gov.bureau.portal.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The field rules of the forms people fill in (registration, profile, engagement, scoring), with the
 * messages the server would answer, in the caller's language: the browser checks and marks fields from
 * these, so it cannot drift from the server. Public, as registration is.
 */
@Tag(name = "Forms")
@Refusals
@Controller("/api/forms")
@Secured(SecurityRule.IS_ANONYMOUS)
public class FormRulesController {

    private final List<PublishedForm> forms;
    private final ValidationMessages validation;
    private final Messages messages;

    public FormRulesController(List<PublishedForm> forms, ValidationMessages validation, Messages messages) {
        this.forms = forms;
        this.validation = validation;
        this.messages = messages;
    }

    /** One rule: {@code kind} is a constraint's name ({@code NotBlank}, {@code Size} ...), {@code Submission} or {@code ItemMax}. */
    @Serdeable
    public record FieldRuleView(String field, String kind, Map<String, Object> params, String message) {
    }

    @Serdeable
    public record FormView(String name, List<FieldRuleView> rules) {
    }

    @Operation(summary = "A form's field rules and messages", description = "Forms: registration, profile, engagement, assessment.")
    @Get("/{name}")
    public FormView rules(HttpRequest<?> request, String name) {
        PublishedForm form = forms.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(PortalException::notFound);
        Locale locale = Messages.localeOf(request);
        List<FieldRuleView> out = new ArrayList<>();
        for (FormRules.Rule r : FormRules.of(form.type())) {
            out.add(view(locale, r));
        }
        for (FieldProblem need : form.submissionNeeds()) {
            out.add(new FieldRuleView(need.field().replaceAll("\\[\\d+]", "[]"), "Submission", Map.of(),
                    messages.get(locale, need.messageKey(), need.args())));
        }
        for (FormRules.Rule r : form.extraRules()) {
            out.add(view(locale, r));
        }
        return new FormView(name, out);
    }

    private FieldRuleView view(Locale locale, FormRules.Rule r) {
        String message;
        if (r.messageKey() != null && messages.has(r.messageKey())) {
            message = messages.get(locale, r.messageKey(), "{0}");
        } else {
            message = validation.render(locale, r.kind(), r.params());
        }
        return new FieldRuleView(r.field(), r.kind(), r.params(), message);
    }
}
