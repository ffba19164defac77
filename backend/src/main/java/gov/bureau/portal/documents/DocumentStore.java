package gov.bureau.portal.documents;

import gov.bureau.portal.common.FieldProblem;
import gov.bureau.portal.common.PortalException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one way a file enters the portal, whatever area it belongs to (agency documents, plans and
 * reports, credit evidence): read up to the limit ({@code portal.documents.max-size}, default
 * 10 MB), refuse empty files and types not allowed here (judged from the content), keep a SHA-256,
 * and store it through Micronaut Object Storage ({@code documents}). The caller records the stored
 * file in its own table; if that fails, it calls {@link #delete} so no orphan stays behind.
 */
@Singleton
public class DocumentStore {

    /** PDF, JPG or PNG: what profiles and evidence accept. */
    public static final Set<FileType> ANY = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG);
    /** Plans and reports. */
    public static final Set<FileType> PDF_ONLY = Set.of(FileType.PDF);

    private final ObjectStorageOperations<?, ?, ?> storage;
    private final long maxSize;

    public DocumentStore(@Named(LocalFileObjectStorage.NAME) ObjectStorageOperations<?, ?, ?> storage,
                         @Value("${portal.documents.max-size:10MB}") @ReadableBytes long maxSize) {
        this.storage = storage;
        this.maxSize = maxSize;
    }

    /** A file as it arrived: its name, its declared size and a way to read it. */
    public interface Upload {
        String name();

        long size();

        InputStream open() throws IOException;

        static Upload of(CompletedFileUpload part) {
            return new Upload() {
                public String name() {
                    return part.getFilename();
                }

                public long size() {
                    return part.getSize();
                }

                public InputStream open() throws IOException {
                    return part.getInputStream();
                }
            };
        }

        static Upload of(String name, byte[] bytes) {
            return new Upload() {
                public String name() {
                    return name;
                }

                public long size() {
                    return bytes.length;
                }

                public InputStream open() {
                    return new ByteArrayInputStream(bytes);
                }
            };
        }
    }

    /** A stored file: where it lies and what it is. */
    public record Stored(String key, String fileName, FileType type, long size, String sha256) {
        public String contentType() {
            return type.contentType();
        }
    }

    public long maxSize() {
        return maxSize;
    }

    /**
     * Checks and stores a file under {@code prefix/}; answers 413 (field {@code file}) above the
     * limit and 422 for an empty file or a type not in {@code allowed}.
     */
    public Stored store(String prefix, Upload file, Set<FileType> allowed) {
        if (file == null) {
            throw PortalException.malformed("file", "validation.required");
        }
        if (file.size() > maxSize) {
            throw tooLarge();
        }
        byte[] bytes = read(file);
        if (bytes.length == 0) {
            throw PortalException.invalid("file", "validation.file-empty");
        }
        FileType type = FileType.detect(bytes).filter(allowed::contains).orElseThrow(() -> PortalException.invalid("file",
                "validation.file-type", allowed.stream().map(FileType::name).sorted().collect(Collectors.joining(", "))));
        String key = prefix + "/" + UUID.randomUUID() + "." + type.extension();
        storage.upload(UploadRequest.fromBytes(bytes, key, type.contentType()));
        return new Stored(key, FileType.safeName(file.name(), type), type, bytes.length, sha256(bytes));
    }

    public Optional<ObjectStorageEntry<?>> retrieve(String key) {
        return storage.retrieve(key).map(e -> (ObjectStorageEntry<?>) e);
    }

    /** The stored bytes, for files small enough to answer whole (the limit bounds them). */
    public Optional<byte[]> bytes(String key) {
        return retrieve(key).map(entry -> {
            try (InputStream in = entry.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public void delete(String key) {
        storage.delete(key);
    }

    private byte[] read(Upload file) {
        try (InputStream in = file.open()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(file.size(), 0), maxSize) + 1);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxSize) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PortalException tooLarge() {
        long mb = maxSize / (1024 * 1024);
        return new PortalException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "FILE_TOO_LARGE",
                List.of(new FieldProblem("file", "validation.file-too-large", mb)), mb);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
