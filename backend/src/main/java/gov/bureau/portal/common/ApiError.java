package gov.bureau.portal.common;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The one error shape of the API (API.md "Conventions"). */
@Serdeable
public record ApiError(int status, String code, String message, List<FieldError> fieldErrors) {

    @Serdeable
    public record FieldError(String field, String message) {
    }
}
