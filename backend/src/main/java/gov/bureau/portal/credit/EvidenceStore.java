package gov.bureau.portal.credit;

import gov.bureau.portal.common.PortalException;
import gov.bureau.portal.documents.FileType;
import gov.bureau.portal.documents.LocalFileObjectStorage;
import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** The bytes of evidence files, in the portal's document store under {@code credit/}, named by a random key. */
@Singleton
class EvidenceStore {

    private final ObjectStorageOperations<?, ?, ?> storage;

    EvidenceStore(@Named(LocalFileObjectStorage.NAME) ObjectStorageOperations<?, ?, ?> storage) {
        this.storage = storage;
    }

    record Stored(String key, String sha256) {
    }

    Stored write(byte[] content, FileType type) {
        String key = "credit/" + UUID.randomUUID() + "." + type.extension();
        storage.upload(UploadRequest.fromBytes(content, key, type.contentType()));
        return new Stored(key, sha256(content));
    }

    InputStream read(String key) {
        ObjectStorageEntry<?> entry = storage.retrieve(key).map(e -> (ObjectStorageEntry<?>) e)
                .orElseThrow(PortalException::notFound);
        return entry.getInputStream();
    }

    void delete(String key) {
        storage.delete(key);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
