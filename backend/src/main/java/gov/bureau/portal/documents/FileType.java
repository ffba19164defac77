package gov.bureau.portal.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types the portal accepts, told apart by their first bytes ("magic numbers"), never by
 * the name a file was given: a renamed executable is not a PDF.
 */
public enum FileType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    FileType(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The type of a file from its first bytes (at least the first 8); empty for anything else. */
    public static Optional<FileType> detect(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        for (FileType type : values()) {
            if (head.length >= type.magic.length && Arrays.equals(head, 0, type.magic.length, type.magic, 0, type.magic.length)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** A name safe to keep and to send back: no path, no control characters, at most 200 characters. */
    public static String safeName(String original, FileType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "document." + type.extension();
        }
        return name.length() <= 200 ? name : name.substring(0, 190) + "." + type.extension();
    }
}
