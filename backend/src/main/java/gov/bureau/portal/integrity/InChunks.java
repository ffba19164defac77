package gov.bureau.portal.integrity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Values for an SQL {@code IN (…)} in chunks small enough for one statement (see {@code Sql.placeholders}). */
final class InChunks {

    static final int SIZE = 500;

    private InChunks() {
    }

    static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            chunks.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return chunks;
    }
}
