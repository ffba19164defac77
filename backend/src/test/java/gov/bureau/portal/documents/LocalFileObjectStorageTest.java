package gov.bureau.portal.documents;

import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageException;
import io.micronaut.objectstorage.request.UploadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalFileObjectStorageTest {

    @TempDir
    Path dir;

    @Test
    void storesRetrievesListsAndDeletes() throws IOException {
        LocalFileObjectStorage storage = new LocalFileObjectStorage("", dir.toString());
        byte[] bytes = "%PDF-1.4 hello".getBytes(StandardCharsets.US_ASCII);
        storage.upload(UploadRequest.fromBytes(bytes, "agencies/1/a.pdf", "application/pdf"));
        assertThat(dir.resolve("documents/agencies/1/a.pdf")).exists();
        assertThat(storage.exists("agencies/1/a.pdf")).isTrue();
        assertThat(storage.listObjects()).containsExactly("agencies/1/a.pdf");
        Optional<ObjectStorageEntry<?>> entry = storage.retrieve("agencies/1/a.pdf");
        try (InputStream in = entry.orElseThrow().getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        storage.copy("agencies/1/a.pdf", "agencies/2/b.pdf");
        assertThat(storage.listObjects()).containsExactlyInAnyOrder("agencies/1/a.pdf", "agencies/2/b.pdf");
        assertThat(storage.delete("agencies/1/a.pdf")).isTrue();
        assertThat(storage.retrieve("agencies/1/a.pdf")).isEmpty();
        assertThat(storage.delete("agencies/1/a.pdf")).isFalse();
    }

    @Test
    void keysCannotLeaveTheRoot() {
        LocalFileObjectStorage storage = new LocalFileObjectStorage(dir.resolve("docs").toString(), "ignored");
        for (String key : new String[] {"../x.pdf", "/etc/passwd", "a/../../x", "", "a\\b"}) {
            assertThatThrownBy(() -> storage.upload(UploadRequest.fromBytes(new byte[] {1}, key)))
                    .as(key).isInstanceOf(ObjectStorageException.class);
        }
        assertThat(storage.root()).isEqualTo(dir.resolve("docs").toAbsolutePath().normalize());
    }
}
