package gov.bureau.portal.ops;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The rows of one table in a backup: per row a marker byte {@code 1}, then per column a tag ({@code 0}
 * null, {@code 1} text, {@code 2} bytes) with its length-prefixed value; {@code 0} ends the table.
 * Every value travels as the server's own text (numbers, DECIMAL, DATETIME(6), DATE, JSON) or as raw
 * bytes (binary columns), so a restore writes back exactly what was read, with no time zone or
 * floating-point conversion on the way.
 */
final class RowFormat {

    private RowFormat() {
    }

    static boolean isBinary(int sqlType) {
        return sqlType == Types.BINARY || sqlType == Types.VARBINARY || sqlType == Types.LONGVARBINARY
                || sqlType == Types.BLOB;
    }

    static boolean isBoolean(int sqlType) {
        return sqlType == Types.BIT || sqlType == Types.BOOLEAN;
    }

    static void writeRow(ResultSet rs, int[] types, DataOutputStream out) throws SQLException, IOException {
        out.writeByte(1);
        for (int i = 0; i < types.length; i++) {
            if (isBinary(types[i])) {
                byte[] bytes = rs.getBytes(i + 1);
                if (bytes == null) {
                    out.writeByte(0);
                } else {
                    out.writeByte(2);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            } else {
                String text;
                if (isBoolean(types[i])) {
                    boolean b = rs.getBoolean(i + 1);
                    text = rs.wasNull() ? null : (b ? "1" : "0");
                } else {
                    text = rs.getString(i + 1);
                }
                if (text == null) {
                    out.writeByte(0);
                } else {
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    out.writeByte(1);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            }
        }
    }

    static void end(DataOutputStream out) throws IOException {
        out.writeByte(0);
    }

    /** The next row's values (String, byte[] or null), or null at the end of the table. */
    static Object[] readRow(DataInputStream in, int columns) throws IOException {
        int marker = in.readByte();
        if (marker == 0) {
            return null;
        }
        if (marker != 1) {
            throw new IOException("damaged table data (row marker " + marker + ")");
        }
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
            int tag = in.readByte();
            if (tag == 0) {
                continue;
            }
            int length = in.readInt();
            if (length < 0) {
                throw new EOFException("damaged table data (length " + length + ")");
            }
            byte[] bytes = in.readNBytes(length);
            if (bytes.length != length) {
                throw new EOFException("table data ends inside a value");
            }
            row[i] = tag == 2 ? bytes : new String(bytes, StandardCharsets.UTF_8);
        }
        return row;
    }
}
