package gov.bureau.portal.common;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list, in the shape API.md fixes. {@code capped}: more rows match than
 * {@code totalElements} counts; a list counts and pages through at most its first
 * {@link SqlList#MAX_ROWS} matches, and the caller narrows it with filters to see others.
 */
@Serdeable
public record PageResponse<T>(List<T> content, long totalElements, int page, int size, boolean capped) {

    public PageResponse(List<T> content, long totalElements, int page, int size) {
        this(content, totalElements, page, size, false);
    }

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(),
                page.getTotalSize(), page.getPageNumber(), page.getSize());
    }
}
