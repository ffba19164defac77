package gov.bureau.portal.documents;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageException;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;
import io.micronaut.objectstorage.response.UploadResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Micronaut Object Storage on the local file system, under {@code PORTAL_DATA_DIR/documents}: the
 * default store of uploaded documents. Another store (an S3-compatible one through Micronaut's
 * module) replaces it by configuration: set {@code portal.documents.storage} to anything but
 * {@code local} and provide an {@code ObjectStorageOperations} bean named {@code documents}.
 */
@Singleton
@Named(LocalFileObjectStorage.NAME)
@Requires(property = "portal.documents.storage", value = "local", defaultValue = "local")
public class LocalFileObjectStorage implements ObjectStorageOperations<Void, Path, Boolean> {

    public static final String NAME = "documents";

    private final Path root;

    public LocalFileObjectStorage(@Value("${portal.documents.location:}") String location,
                                  @Value("${portal.data-dir:./data}") String dataDir) {
        this.root = (location == null || location.isBlank() ? Path.of(dataDir).resolve("documents") : Path.of(location))
                .toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public UploadResponse<Path> upload(UploadRequest request) {
        Path target = resolve(request.getKey());
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".part");
            try (InputStream in = request.getInputStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return UploadResponse.of(request.getKey(), etag(target), target);
        } catch (IOException e) {
            throw new ObjectStorageException("cannot store " + request.getKey(), e);
        }
    }

    @Override
    public UploadResponse<Path> upload(UploadRequest request, Consumer<Void> requestConsumer) {
        return upload(request);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E extends ObjectStorageEntry<?>> Optional<E> retrieve(String key) {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of((E) new Entry(key, file));
    }

    @Override
    public Boolean delete(String key) {
        try {
            return Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new ObjectStorageException("cannot delete " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public Set<String> listObjects() {
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".upload-"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copy(String sourceKey, String destinationKey) {
        try {
            Path target = resolve(destinationKey);
            Files.createDirectories(target.getParent());
            Files.copy(resolve(sourceKey), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ObjectStorageException("cannot copy " + sourceKey, e);
        }
    }

    /** Keys are relative paths without "..": nothing outside the root is ever touched. */
    Path resolve(String key) {
        if (key == null || key.isBlank() || key.startsWith("/") || key.contains("\\") || key.contains("\0")) {
            throw new ObjectStorageException("invalid key");
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new ObjectStorageException("invalid key");
        }
        return path;
    }

    private static String etag(Path file) throws IOException {
        return HexFormat.of().formatHex(Files.getLastModifiedTime(file).toString().getBytes()).substring(0, 16)
                + Long.toHexString(Files.size(file));
    }

    private record Entry(String key, Path file) implements ObjectStorageEntry<Path> {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public InputStream getInputStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Path getNativeEntry() {
            return file;
        }

        @Override
        public Map<String, String> getMetadata() {
            return Map.of();
        }
    }
}
