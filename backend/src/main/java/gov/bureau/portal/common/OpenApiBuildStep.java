package gov.bureau.portal.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step, not part of the running portal: backend/pom.xml (execution {@code normalise-openapi},
 * phase process-classes) runs it on the document micronaut-openapi generated at compile time
 * ({@code target/classes/META-INF/swagger/portal.yml}) and rewrites it through {@link OpenApiNormalizer}, so
 * the file in the jar is the contract the portal serves at {@code /swagger/portal.yml} and the linter checks.
 * Idempotent: a normalised document stays as it is.
 */
public final class OpenApiBuildStep {

    private OpenApiBuildStep() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: OpenApiBuildStep <generated portal.yml>");
        }
        Path file = Path.of(args[0]);
        String generated = Files.readString(file, StandardCharsets.UTF_8);
        String normalised = OpenApiNormalizer.normalize(generated);
        if (!normalised.equals(generated)) {
            Files.writeString(file, normalised, StandardCharsets.UTF_8);
        }
    }
}
