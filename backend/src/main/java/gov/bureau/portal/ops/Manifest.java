package gov.bureau.portal.ops;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * What a backup archive holds ({@code manifest.json}, the archive's last entry): the portal's and the
 * schema's version, the rows of every table with the SHA-256 of its data file, and every document with
 * its size and SHA-256. Restore checks the archive against it before and after loading.
 */
public record Manifest(int format, String portalVersion, String schemaVersion, String createdAt, String database,
                       long snapshotMillis, List<Table> tables, List<Document> documents, boolean signingSecret) {

    public static final int FORMAT = 1;
    public static final String ENTRY = "manifest.json";

    public record Table(String name, List<String> columns, long rows, String sha256) {
    }

    public record Document(String key, long size, String sha256) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Manifest read(InputStream in) throws IOException {
        return JSON.readValue(in, Manifest.class);
    }

    public long documentBytes() {
        return documents.stream().mapToLong(Document::size).sum();
    }

    public Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        tables.forEach(t -> counts.put(t.name(), t.rows()));
        return counts;
    }
}
