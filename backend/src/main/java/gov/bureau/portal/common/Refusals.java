package gov.bureau.portal.common;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals every signed-in API operation can answer, in the one error shape {@link ApiError}, for the
 * OpenAPI document: put on a controller class, the generator lists them under every operation of the class
 * (beside the operation's own answers). docs/api.md ("Errors") says when each comes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "400", description = "Malformed request: a field missing, of the wrong type or outside its bounds "
        + "(fieldErrors name them)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "401", description = "Not signed in, or the session has ended",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "403", description = "The signed-in role may not do this",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "404", description = "No such object, or it belongs to another owner (agency, unit, expert)",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "409", description = "The object's state does not allow it now (code names the reason)",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "422", description = "Well-formed but refused by a rule of the domain (fieldErrors name the fields)",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
public @interface Refusals {

    /** The refusals of operations open to anonymous callers (the public pages). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "400", description = "Malformed request: a parameter of the wrong type or outside its bounds",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No such published object",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @interface Public {
    }
}
