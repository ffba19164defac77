package gov.bureau.portal.support;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a test reads from a PDF of the portal: its text as a reader extracts it (through the fonts'
 * ToUnicode maps) and its fonts, to prove every font is embedded.
 */
public final class PdfFonts {

    /** One font of a PDF: its BaseFont name, its encoding, and which font file it embeds (null if none). */
    public record FontInfo(String baseFont, String encoding, String fontFile) {
    }

    private PdfFonts() {
    }

    /** The text of every page, joined with new lines. */
    public static String text(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder out = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                out.append(extractor.getTextFromPage(page)).append('\n');
            }
            return out.toString();
        }
    }

    /** Every font object of the PDF (Type0 fonts reported with their descendant's font file). */
    public static List<FontInfo> fonts(byte[] pdf) throws IOException {
        List<FontInfo> found = new ArrayList<>();
        try (PdfReader reader = new PdfReader(pdf)) {
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object = reader.getPdfObjectRelease(i);
                if (!(object instanceof PdfDictionary dictionary) || !PdfName.FONT.equals(dictionary.get(PdfName.TYPE))
                        || dictionary.get(PdfName.BASEFONT) == null) {
                    continue;
                }
                PdfDictionary described = dictionary;
                if (PdfName.TYPE0.equals(dictionary.get(PdfName.SUBTYPE))) {
                    described = (PdfDictionary) PdfReader.getPdfObjectRelease(
                            dictionary.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
                    if (described == null) {
                        continue;
                    }
                }
                if (PdfName.CIDFONTTYPE0.equals(dictionary.get(PdfName.SUBTYPE))
                        || PdfName.CIDFONTTYPE2.equals(dictionary.get(PdfName.SUBTYPE))) {
                    continue; // reported through its Type0 parent
                }
                PdfDictionary descriptor = (PdfDictionary) PdfReader.getPdfObjectRelease(described.get(PdfName.FONTDESCRIPTOR));
                String file = null;
                if (descriptor != null) {
                    for (PdfName key : List.of(PdfName.FONTFILE, PdfName.FONTFILE2, PdfName.FONTFILE3)) {
                        if (descriptor.get(key) != null) {
                            file = PdfName.decodeName(key.toString());
                        }
                    }
                }
                PdfObject encoding = PdfReader.getPdfObjectRelease(dictionary.get(PdfName.ENCODING));
                found.add(new FontInfo(PdfName.decodeName(dictionary.get(PdfName.BASEFONT).toString()),
                        encoding == null ? null : PdfName.decodeName(encoding.toString()), file));
            }
        }
        return found;
    }
}
