package gov.bureau.portal.platform;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.jdbc.interceptors.ConnectionLifecycleInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.ServerSession;
import com.mysql.cj.protocol.a.NativeCapabilities;
import com.mysql.cj.protocol.a.NativeConstants;
import com.mysql.cj.protocol.a.NativePacketPayload;
import com.mysql.cj.protocol.a.NativeServerSession;

import java.sql.Savepoint;
import java.util.Properties;

/**
 * Makes Connector/J send fractional seconds to MariaDB 10.x. MariaDB before 11 announces itself as
 * {@code 5.5.5-10.11.x-MariaDB} (a prefix for old MySQL clients); Connector/J reads that as MySQL
 * 5.5, which had no fractional seconds, and silently truncates every timestamp it binds to whole
 * seconds: stored instants lose their microseconds and the audit chain, which hashes them, no longer
 * verifies. No connection property turns that off ({@code sendFractionalSeconds} is already true; the
 * check is on the server version). Registered on every connection by {@link JdbcUrls}
 * ({@code connectionLifecycleInterceptors}); it replaces the session's server capabilities by the
 * same ones with fractional seconds, only for a MariaDB server (which has them since 5.3) that
 * Connector/J thought lacked them. MySQL 8 and MariaDB 11+ (which dropped the prefix) are untouched.
 */
public class MariaDbFractionalSeconds implements ConnectionLifecycleInterceptor {

    @Override
    public ConnectionLifecycleInterceptor init(MysqlConnection conn, Properties props, Log log) {
        ServerSession session = conn.getSession().getServerSession();
        if (session instanceof NativeServerSession nativeSession) {
            NativeCapabilities caps = nativeSession.getCapabilities();
            if (caps != null && !caps.serverSupportsFracSecs() && caps.getInitialHandshakePacket() != null) {
                NativePacketPayload handshake = caps.getInitialHandshakePacket();
                int position = handshake.getPosition();
                handshake.setPosition(0);
                handshake.readInteger(NativeConstants.IntegerDataType.INT1); // protocol version
                String version = handshake.readString(NativeConstants.StringSelfDataType.STRING_TERM, "ASCII");
                if (version != null && version.contains("MariaDB")) {
                    handshake.setPosition(0);
                    NativeCapabilities fixed = new WithFractionalSeconds(handshake);
                    fixed.setCapabilityFlags(caps.getCapabilityFlags()); // the flags negotiated after the handshake
                    fixed.setThreadId(caps.getThreadId());
                    nativeSession.setCapabilities(fixed);
                }
                handshake.setPosition(position);
            }
        }
        return this;
    }

    /** The server's capabilities as announced, with fractional seconds. */
    static final class WithFractionalSeconds extends NativeCapabilities {
        WithFractionalSeconds(NativePacketPayload handshake) {
            super(handshake);
        }

        @Override
        public boolean serverSupportsFracSecs() {
            return true;
        }
    }

    @Override
    public void destroy() {
    }

    @Override
    public void close() {
    }

    @Override
    public boolean commit() {
        return true;
    }

    @Override
    public boolean rollback() {
        return true;
    }

    @Override
    public boolean rollback(Savepoint savepoint) {
        return true;
    }

    @Override
    public boolean setAutoCommit(boolean flag) {
        return true;
    }

    @Override
    public boolean setDatabase(String db) {
        return true;
    }

    @Override
    public boolean transactionBegun() {
        return true;
    }

    @Override
    public boolean transactionCompleted() {
        return true;
    }
}
