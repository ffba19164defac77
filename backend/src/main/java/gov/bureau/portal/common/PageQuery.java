package gov.bureau.portal.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The paging parameters every list takes: {@code page} from 0, {@code size} 1 to 100 (default 20),
 * {@code sort} as {@code field} or {@code field,desc}. Bind it with {@code @RequestBean}.
 */
@Serdeable
public record PageQuery(@Nullable @QueryValue Integer page,
                        @Nullable @QueryValue Integer size,
                        @Nullable @QueryValue String sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private static final java.util.regex.Pattern SORT =
            java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9_.]*)\\s*(?:,\\s*(asc|desc|ASC|DESC|Asc|Desc))?");

    public static PageQuery of(int page, int size, String sort) {
        return new PageQuery(page, size, sort);
    }

    /**
     * @param sortable the API's sort names mapped to entity properties; anything else is refused
     * @param defaultSort applied when the caller gives none (an API name, optionally with ",desc")
     */
    public Pageable toPageable(Map<String, String> sortable, String defaultSort) {
        List<FieldProblem> problems = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            problems.add(new FieldProblem("page", "validation.min", "0"));
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add(new FieldProblem("size", "validation.range", 1, MAX_SIZE));
        }
        String requested = sort == null ? defaultSort : sort.trim();
        String property = null;
        boolean descending = false;
        // "field" or "field,asc|desc", nothing else: "", ",", "name,", ",desc", "name,up", "a,b,c" are refused
        java.util.regex.Matcher m = SORT.matcher(requested);
        if (m.matches()) {
            property = sortable.get(m.group(1));
            descending = "desc".equalsIgnoreCase(m.group(2));
        }
        if (property == null) {
            problems.add(new FieldProblem("sort", "validation.sort", String.join(", ", sortable.keySet())));
        }
        if (!problems.isEmpty()) {
            throw new PortalException(io.micronaut.http.HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", problems);
        }
        Sort.Order order = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
        return Pageable.from(p, s, Sort.of(order));
    }
}
