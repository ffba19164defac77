package gov.bureau.portal.common;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import gov.bureau.portal.support.PdfFonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared PDF font: embedded as a subset, Identity-H, and its text extracts as the Chinese written. */
class PdfSheetTest {

    @Test
    void theChineseTextIsEmbeddedAsASubsetAndExtractsAsWritten() throws Exception {
        PdfSheet.Fonts f = PdfSheet.fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("预算绩效评价结果反馈意见书", f.title()));
        PdfPTable table = new PdfPTable(2);
        PdfSheet.label(table, "项目资金", f.bold());
        PdfSheet.value(table, PdfSheet.money(new BigDecimal("95000.00")), f.normal(), 1);
        PdfSheet.header(table, "整改期限", f.bold());
        PdfSheet.centred(table, "2026年12月31日（星期四）", f.small());
        document.add(table);
        document.close();
        byte[] pdf = out.toByteArray();

        String text = PdfFonts.text(pdf);
        for (String written : new String[] {"预算绩效评价结果反馈意见书", "项目资金", "¥95,000.00 元", "整改期限", "2026年12月31日（星期四）"}) {
            assertThat(text).as(written).contains(written);
        }
        assertThat(PdfFonts.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.fontFile()).as(font.baseFont()).isIn("FontFile2", "FontFile3");
            assertThat(font.encoding()).as(font.baseFont()).isEqualTo("Identity-H");
            // a subset carries a six-letter tag: AAAAAA+NotoSansSC-Regular
            assertThat(font.baseFont()).matches("[A-Z]{6}\\+NotoSansSC.*");
        });
        // a subset: the 10 MB font shrinks to the few glyphs used
        assertThat(pdf.length).isLessThan(200_000);
    }
}
