package gov.bureau.portal.common;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;

/**
 * What every Chinese PDF of the portal shares (the acceptance scoring sheet, the feedback letter): the
 * fonts and the table cells. Write a new PDF with these, not with a copy of them.
 *
 * <p>Chinese text uses Adobe's CJK font STSong-Light with the UniGB-UCS2-H encoding, whose metrics and
 * CMaps ship inside the OpenPDF jar: no font file is needed on the server, and the PDF stays small.
 * The glyphs are not embedded; a reader shows them with its own Chinese font (Adobe Reader, browsers
 * and poppler with its CJK data do).
 */
public final class PdfSheet {

    /** The four sizes a sheet uses. */
    public record Fonts(Font title, Font bold, Font normal, Font small) {
    }

    private PdfSheet() {
    }

    public static Fonts fonts() {
        try {
            BaseFont base = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            return new Fonts(new Font(base, 16, Font.BOLD), new Font(base, 10.5f, Font.BOLD), new Font(base, 10.5f, Font.NORMAL),
                    new Font(base, 9, Font.NORMAL, new Color(90, 90, 90)));
        } catch (DocumentException failure) {
            throw new IllegalStateException("the CJK font cannot be loaded", failure);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public static void label(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBackgroundColor(new Color(244, 246, 249));
        cell.setPadding(5);
        table.addCell(cell);
    }

    public static void value(PdfPTable table, String text, Font font, int colspan) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setColspan(colspan);
        cell.setPadding(5);
        table.addCell(cell);
    }

    public static void centred(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(5);
        table.addCell(cell);
    }

    public static void header(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBackgroundColor(new Color(221, 228, 238));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(5);
        table.addCell(cell);
    }

    /** ¥1,234.50 元 */
    public static String money(BigDecimal value) {
        return "¥" + new DecimalFormat("#,##0.00").format(value.setScale(2, RoundingMode.UNNECESSARY)) + " 元";
    }
}
