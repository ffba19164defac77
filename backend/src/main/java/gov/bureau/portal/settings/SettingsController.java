package gov.bureau.portal.settings;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The portal's title: everyone reads it (the sign-in page shows it), an ADMIN sets it. */
@Tag(name = "Settings")
@Refusals
@Controller("/api/settings/portal")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SettingsController {

    private final PortalSettings settings;

    SettingsController(PortalSettings settings) {
        this.settings = settings;
    }

    /** Titles set by an ADMIN; null where the built-in title applies. */
    @Serdeable
    public record PortalView(@Nullable String titleZh, @Nullable String titleEn) {
        static PortalView of(PortalSettings.Titles t) {
            return new PortalView(t.zh(), t.en());
        }
    }

    @Serdeable
    public record PortalUpdate(@Nullable @Size(max = 100) String titleZh, @Nullable @Size(max = 100) String titleEn) {
    }

    @Operation(summary = "The portal's title (public)")
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    public PortalView get() {
        return PortalView.of(settings.titles());
    }

    @Operation(summary = "Set the portal's title (ADMIN)", description = "A blank title restores the built-in one. Audited.")
    @Put
    @Secured(Role.ADMIN_NAME)
    public PortalView put(Actor actor, @Valid @Body PortalUpdate body) {
        return PortalView.of(settings.setTitles(actor, body.titleZh(), body.titleEn()));
    }
}
