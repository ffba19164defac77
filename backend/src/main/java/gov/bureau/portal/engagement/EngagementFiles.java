package gov.bureau.portal.engagement;

import gov.bureau.portal.common.PortalException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Where the files of engagements (plans, reports, procurement evidence) are kept: under
 * {@code PORTAL_DATA_DIR/files/engagement}, named by a random key, never overwritten. Only PDF is
 * accepted, recognised by its content ({@code %PDF-}), not by the name the client gives; a SHA-256
 * is kept with each file.
 *
 * <p>A minimal store of this area's own: the agency area keeps its proof documents in its own table
 * and had no shared storage service when this was written.
 */
@Singleton
public class EngagementFiles {

    static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private final Path root;
    private final long maxBytes;

    public EngagementFiles(@Value("${portal.data-dir:./data}") String dataDir,
                           @Value("${portal.engagement.max-file-bytes:10485760}") long maxBytes) {
        this.root = Path.of(dataDir).resolve("files").resolve("engagement");
        this.maxBytes = maxBytes;
    }

    public record Stored(String storageKey, String sha256, long size) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks and stores a file; 422 on the {@code file} field when it is empty, too large or not a PDF. */
    public Stored store(byte[] content) {
        check(content, maxBytes);
        String key = UUID.randomUUID() + ".pdf";
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload", ".tmp");
            Files.write(temp, content);
            Files.move(temp, root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an engagement file", e);
        }
        return new Stored(key, sha256(content), content.length);
    }

    public byte[] read(String storageKey) {
        if (!storageKey.matches("[0-9a-f-]{36}\\.pdf")) {
            throw PortalException.notFound();
        }
        try {
            return Files.readAllBytes(root.resolve(storageKey));
        } catch (IOException e) {
            throw PortalException.notFound();
        }
    }

    static void check(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw PortalException.invalid("file", "validation.file-empty");
        }
        if (content.length > maxBytes) {
            throw PortalException.invalid("file", "validation.file-too-large", maxBytes / (1024 * 1024));
        }
        if (!isPdf(content)) {
            throw PortalException.invalid("file", "validation.file-not-pdf");
        }
    }

    static boolean isPdf(byte[] content) {
        if (content.length < PDF_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < PDF_MAGIC.length; i++) {
            if (content[i] != PDF_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
