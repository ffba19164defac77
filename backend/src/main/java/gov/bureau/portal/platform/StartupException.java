package gov.bureau.portal.platform;

/** A configuration that the portal refuses to run with; the message says what to set. */
public class StartupException extends RuntimeException {
    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
