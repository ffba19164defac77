package gov.bureau.portal.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (down, restarting, the network cut, no
 * connection within the pool's timeout): the portal then answers 503 DATABASE_UNAVAILABLE, which a
 * client may retry, instead of a 500.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQL state class 08: connection exception
            }
            String name = t.getClass().getName();
            if (name.equals("com.mysql.cj.exceptions.CJCommunicationsException")
                    || name.equals("com.mysql.cj.exceptions.ConnectionIsClosedException")
                    || name.endsWith(".CannotGetJdbcConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
