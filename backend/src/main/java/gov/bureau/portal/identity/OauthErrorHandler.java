package gov.bureau.portal.identity;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.errors.OauthErrorResponseExceptionHandler;
import jakarta.inject.Singleton;

/** A refresh token that does not verify gets the API's error shape (401) like every other failure. */
@Produces
@Singleton
@Replaces(OauthErrorResponseExceptionHandler.class)
public class OauthErrorHandler implements ExceptionHandler<OauthErrorResponseException, MutableHttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    public OauthErrorHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, OauthErrorResponseException exception) {
        return processor.processResponse(ErrorContext.builder(request).cause(RefreshTokens.invalid()).build(),
                HttpResponse.status(HttpStatus.UNAUTHORIZED));
    }
}
