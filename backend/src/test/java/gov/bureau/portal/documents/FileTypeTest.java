package gov.bureau.portal.documents;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypeTest {

    @Test
    void typesAreToldByTheirFirstBytes() {
        assertThat(FileType.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
        assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0})).contains(FileType.PNG);
        assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(FileType.JPEG);
    }

    @Test
    void othersAreRefusedWhateverTheirName() {
        assertThat(FileType.detect(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty(); // a Windows executable
        assertThat(FileType.detect(new byte[] {0x7F, 'E', 'L', 'F', 2, 1})).isEmpty(); // a Linux executable
        assertThat(FileType.detect("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1))).isEmpty(); // zip, docx
        assertThat(FileType.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.detect("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.detect("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
        assertThat(FileType.detect(null)).isEmpty();
    }

    @Test
    void namesLoseTheirPathAndControlCharacters() {
        assertThat(FileType.safeName("C:\\Users\\a\\营业执照.pdf", FileType.PDF)).isEqualTo("营业执照.pdf");
        assertThat(FileType.safeName("../../etc/passwd", FileType.PDF)).isEqualTo("passwd");
        assertThat(FileType.safeName("a\u0000b\".pdf", FileType.PDF)).isEqualTo("ab.pdf");
        assertThat(FileType.safeName("", FileType.PNG)).isEqualTo("document.png");
        assertThat(FileType.safeName("..", FileType.JPEG)).isEqualTo("document.jpg");
        assertThat(FileType.safeName("x".repeat(300) + ".pdf", FileType.PDF)).hasSize(194).endsWith(".pdf");
    }
}
