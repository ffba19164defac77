package gov.bureau.portal.agency.filing;

import gov.bureau.portal.common.Refusals;
import gov.bureau.portal.agency.ProfileData;
import gov.bureau.portal.common.Downloads;
import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.security.Actor;
import gov.bureau.portal.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The national filing form (API.md "Selection integrity"). */
@Refusals
@Controller("/api")
@Tag(name = "Selection integrity")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FilingFormController {

    private final FilingFormService service;

    FilingFormController(FilingFormService service) {
        this.service = service;
    }

    @Operation(summary = "An approved profile as the national filing form (xlsx)", description = "STAFF, ADMIN or the agency "
            + "itself (another agency: 404); the bureau's copy shows ID numbers masked. 409 NOT_APPROVED before the first approval.")
    @Get("/agencies/{id}/filing-form")
    @Secured({Role.STAFF_NAME, Role.ADMIN_NAME, Role.AGENCY_NAME})
    public HttpResponse<byte[]> export(Actor actor, long id) {
        return Downloads.xlsx(service.export(actor, id), "filing-form-" + id + ".xlsx");
    }

    @Operation(summary = "Read a filing form into a profile to prefill a registration", description = "Anonymous, multipart "
            + "file (xlsx, at most 2 MB; 413 above, or when it unpacks to more than 32 MB). Nothing is saved. 422 with one error "
            + "per wrong cell, its field being sheet!cell (a credit code another agency holds included), or on file for a sheet "
            + "of more than 1,000 rows or 64 columns.")
    @Post(value = "/registrations/filing-form", consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    @Secured(SecurityRule.IS_ANONYMOUS)
    public ProfileData read(HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file) {
        if (file == null) {
            throw PortalException.malformed("file", "validation.required");
        }
        Long agencyId = request.getUserPrincipal(Authentication.class).map(Actor::of).filter(a -> a.isAgency())
                .map(Actor::agencyId).orElse(null); // a registering agency's own code is not taken
        try (InputStream in = file.getInputStream()) {
            return service.read(in, file.getSize(), agencyId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
