package gov.bureau.portal.credit;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** A one-sheet Excel workbook: a bold header row, then the rows. */
final class ExcelSheet {

    private ExcelSheet() {
    }

    static byte[] write(String sheetName, List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "portal", "1.0");
            Worksheet ws = wb.newWorksheet(sheetName);
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
                ws.style(0, c).bold().fillColor("E8ECF2").set();
                ws.width(c, Math.max(10, Math.min(40, headers.get(c).length() * 2 + 4)));
            }
            ws.freezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v == null) {
                        continue;
                    }
                    if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v instanceof LocalDate d) {
                        ws.value(r + 1, c, d.toString());
                    } else if (v instanceof Boolean b) {
                        ws.value(r + 1, c, b);
                    } else {
                        ws.value(r + 1, c, String.valueOf(v));
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
