package gov.bureau.portal.common;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Domain failures become the API's error shape with the status they carry. */
@Produces
@Singleton
@Requires(classes = {PortalException.class, ExceptionHandler.class})
public class PortalExceptionHandler implements ExceptionHandler<PortalException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    public PortalExceptionHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, PortalException exception) {
        return processor.processResponse(ErrorContext.builder(request).cause(exception).build(),
                HttpResponse.status(exception.status()));
    }

    /** A concurrent change of the same row (a stale {@code version}) is a 409. */
    @Produces
    @Singleton
    public static class OptimisticLockHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        public OptimisticLockHandler(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, OptimisticLockException exception) {
            return processor.processResponse(ErrorContext.builder(request).cause(exception).build(),
                    HttpResponse.status(HttpStatus.CONFLICT));
        }
    }
}
