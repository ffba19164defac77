package gov.bureau.portal.engagement;

import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.documents.FileType;
import gov.bureau.portal.documents.LocalFileObjectStorage;
import io.micronaut.context.annotation.Value;
import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The files of engagements (plans, reports, procurement evidence), kept in the portal's document
 * store (the object storage named {@code documents}, the same the agency area uses) under
 * {@code engagements/<id>/}, never overwritten. Only PDF is accepted, recognised by its content
 * ({@link FileType#detect}), not by the name the client gives; a SHA-256 is kept with each file.
 */
@Singleton
public class EngagementFiles {

    private final ObjectStorageOperations<?, ?, ?> storage;
    private final long maxBytes;

    public EngagementFiles(@Named(LocalFileObjectStorage.NAME) ObjectStorageOperations<?, ?, ?> storage,
                           @Value("${portal.engagement.max-file-bytes:10485760}") long maxBytes) {
        this.storage = storage;
        this.maxBytes = maxBytes;
    }

    public record Stored(String storageKey, String sha256, long size, String fileName) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks and stores a file; 422 on the {@code file} field when it is empty, too large or not a PDF. */
    public Stored store(long engagementId, String fileName, byte[] content) {
        check(content, maxBytes);
        String key = "engagements/" + engagementId + "/" + UUID.randomUUID() + ".pdf";
        storage.upload(UploadRequest.fromBytes(content, key, FileType.PDF.contentType()));
        return new Stored(key, sha256(content), content.length, FileType.safeName(fileName, FileType.PDF));
    }

    /** Removes a stored file whose record could not be saved. */
    public void discard(String storageKey) {
        storage.delete(storageKey);
    }

    public byte[] read(String storageKey) {
        ObjectStorageEntry<?> entry = storage.retrieve(storageKey).orElseThrow(PortalException::notFound);
        try (InputStream in = entry.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + storageKey, e);
        }
    }

    static void check(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw PortalException.invalid("file", "validation.file-empty");
        }
        if (content.length > maxBytes) {
            throw PortalException.invalid("file", "validation.file-too-large", maxBytes / (1024 * 1024));
        }
        if (FileType.detect(content).filter(t -> t == FileType.PDF).isEmpty()) {
            throw PortalException.invalid("file", "validation.file-not-pdf");
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
