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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;

/**
 * What every Chinese PDF of the portal shares (the acceptance scoring sheet, the feedback letter): the
 * fonts and the table cells. Write a new PDF with these, not with a copy of them.
 *
 * <p>Text uses Noto Sans SC Regular (SIL Open Font Licence 1.1), a TrueType font that the front-end
 * build copies from the npm package {@code @expo-google-fonts/noto-sans-sc} onto the class path at
 * {@value #FONT}. It is embedded as a subset with the Identity-H encoding: each PDF carries the glyphs it
 * uses (a few dozen KB), so it shows the same in every reader, with or without Chinese fonts installed,
 * and its text can be searched and copied. Bold is drawn by OpenPDF (fill and stroke) from the same font.
 */
public final class PdfSheet {

    /** The four sizes a sheet uses. */
    public record Fonts(Font title, Font bold, Font normal, Font small) {
    }

    /** Where the embedded font lies on the class path (put there by the portal-frontend jar). */
    public static final String FONT = "/fonts/NotoSansSC_400Regular.ttf";

    private PdfSheet() {
    }

    /** Loaded once: the 10 MB font file is read at the first PDF, and its BaseFont is shared (thread-safe). */
    private static final class Base {
        static final BaseFont FONT_BASE = load();

        private static BaseFont load() {
            try (InputStream in = PdfSheet.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the PDF font " + FONT + " is not on the class path (portal-frontend jar)");
                }
                byte[] ttf = in.readAllBytes();
                return BaseFont.createFont("NotoSansSC_400Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            } catch (DocumentException failure) {
                throw new IllegalStateException("the PDF font " + FONT + " cannot be loaded", failure);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }

    public static Fonts fonts() {
        BaseFont base = Base.FONT_BASE;
        return new Fonts(new Font(base, 16, Font.BOLD), new Font(base, 10.5f, Font.BOLD), new Font(base, 10.5f, Font.NORMAL),
                new Font(base, 9, Font.NORMAL, new Color(90, 90, 90)));
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
