package gov.bureau.portal.documents;

import gov.bureau.portal.common.PortalException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageException;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;
import io.micronaut.objectstorage.response.UploadResponse;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Documents in an S3-compatible object store (AWS S3, MinIO, Ceph, a bureau's own store), so that two
 * portal servers see the same files: {@code PORTAL_STORAGE=s3} with {@code PORTAL_S3_ENDPOINT},
 * {@code PORTAL_S3_BUCKET}, {@code PORTAL_S3_REGION}, {@code PORTAL_S3_ACCESS_KEY},
 * {@code PORTAL_S3_SECRET_KEY} (path-style addressing unless {@code PORTAL_S3_PATH_STYLE=false}).
 * Each object carries its SHA-256 ({@code x-amz-meta-sha256}), checked when it is read back; a store
 * that does not answer is a 503 {@code DOCUMENT_STORE_UNAVAILABLE}, never a hanging request.
 */
@Singleton
@Named(LocalFileObjectStorage.NAME)
@Requires(property = "portal.documents.storage", value = "s3")
public class S3ObjectStorage implements ObjectStorageOperations<Void, PutObjectResponse, Boolean>, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String endpoint;

    public S3ObjectStorage(@Value("${portal.s3.endpoint:}") String endpoint,
                           @Value("${portal.s3.bucket}") String bucket,
                           @Value("${portal.s3.region:us-east-1}") String region,
                           @Value("${portal.s3.access-key}") String accessKey,
                           @Value("${portal.s3.secret-key}") String secretKey,
                           @Value("${portal.s3.path-style:true}") boolean pathStyle) {
        this.bucket = bucket;
        this.endpoint = endpoint == null || endpoint.isBlank() ? "AWS S3 (" + region + ")" : endpoint;
        var builder = S3Client.builder()
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build())
                // plain requests that every S3-compatible store understands (no aws-chunked trailing checksums);
                // the portal checks its own SHA-256 on read
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(60)).apiCallAttemptTimeout(Duration.ofSeconds(20)));
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.s3 = builder.build();
    }

    /** The configuration the portal reads, from the environment (for bin/portal). */
    public static S3ObjectStorage fromEnvironment(Map<String, String> env) {
        String bucket = required(env, "PORTAL_S3_BUCKET");
        return new S3ObjectStorage(env.getOrDefault("PORTAL_S3_ENDPOINT", ""), bucket,
                env.getOrDefault("PORTAL_S3_REGION", "us-east-1"), required(env, "PORTAL_S3_ACCESS_KEY"),
                required(env, "PORTAL_S3_SECRET_KEY"), !"false".equalsIgnoreCase(env.getOrDefault("PORTAL_S3_PATH_STYLE", "true")));
    }

    private static String required(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(name + " must be set when PORTAL_STORAGE=s3");
        }
        return v;
    }

    public String describe() {
        return "S3 bucket " + bucket + " at " + endpoint;
    }

    /** Creates the bucket (an administrator's or a test's set-up step; the portal never creates buckets). */
    public void createBucket() {
        call(() -> s3.createBucket(b -> b.bucket(bucket)));
    }

    /** Whether the bucket answers (bin/portal check). */
    public void probe() {
        call(() -> s3.listObjectsV2(b -> b.bucket(bucket).maxKeys(1)));
    }

    @Override
    public UploadResponse<PutObjectResponse> upload(UploadRequest request) {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha256 = DocumentStore.sha256(bytes);
        PutObjectResponse response = call(() -> s3.putObject(b -> b.bucket(bucket).key(request.getKey())
                .contentType(request.getContentType().orElse("application/octet-stream"))
                .metadata(Map.of("sha256", sha256)), RequestBody.fromBytes(bytes)));
        return UploadResponse.of(request.getKey(), response.eTag(), response);
    }

    @Override
    public UploadResponse<PutObjectResponse> upload(UploadRequest request, Consumer<Void> requestConsumer) {
        return upload(request);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E extends ObjectStorageEntry<?>> Optional<E> retrieve(String key) {
        byte[] bytes;
        Map<String, String> metadata;
        try (ResponseInputStream<GetObjectResponse> in = call(() -> s3.getObject(b -> b.bucket(bucket).key(key)))) {
            bytes = in.readAllBytes();
            metadata = in.response().metadata();
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw unavailable(e);
        }
        String expected = metadata.get("sha256");
        if (expected != null && !expected.equals(DocumentStore.sha256(bytes))) {
            throw new ObjectStorageException("document " + key + " read back from " + describe() + " does not match its SHA-256");
        }
        return Optional.of((E) new Entry(key, bytes, metadata));
    }

    @Override
    public Boolean delete(String key) {
        call(() -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
        return true;
    }

    @Override
    public boolean exists(String key) {
        try {
            call(() -> s3.headObject(b -> b.bucket(bucket).key(key)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    @Override
    public Set<String> listObjects() {
        Set<String> keys = new HashSet<>();
        String token = null;
        do {
            String continuation = token;
            ListObjectsV2Response page = call(() -> s3.listObjectsV2(ListObjectsV2Request.builder().bucket(bucket)
                    .continuationToken(continuation).build()));
            page.contents().stream().map(S3Object::key).forEach(keys::add);
            token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
        } while (token != null);
        return keys;
    }

    @Override
    public void copy(String sourceKey, String destinationKey) {
        call(() -> s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(sourceKey).destinationBucket(bucket).destinationKey(destinationKey)));
    }

    private <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (NoSuchKeyException e) {
            throw e;
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && "NoSuchKey".equals(e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode())) {
                throw NoSuchKeyException.builder().message(e.getMessage()).build();
            }
            if (e.statusCode() == 404 && e.awsErrorDetails() != null && "NoSuchBucket".equals(e.awsErrorDetails().errorCode())) {
                throw unavailable(e);
            }
            if (e.statusCode() == 404) {
                throw NoSuchKeyException.builder().message(e.getMessage()).build();
            }
            throw unavailable(e);
        } catch (SdkClientException e) {
            throw unavailable(e);
        }
    }

    private PortalException unavailable(Exception cause) {
        PortalException e = new PortalException(HttpStatus.SERVICE_UNAVAILABLE, "DOCUMENT_STORE_UNAVAILABLE", describe());
        e.initCause(cause);
        return e;
    }

    @PreDestroy
    @Override
    public void close() {
        s3.close();
    }

    private record Entry(String key, byte[] bytes, Map<String, String> metadata) implements ObjectStorageEntry<byte[]> {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public InputStream getInputStream() {
            return new java.io.ByteArrayInputStream(bytes);
        }

        @Override
        public byte[] getNativeEntry() {
            return bytes;
        }

        @Override
        public Map<String, String> getMetadata() {
            return metadata;
        }
    }
}
