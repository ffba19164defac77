package gov.bureau.portal.ops;

/** A problem an operations command reports in one clear sentence, ending the command with exit code 1. */
public class OpsException extends RuntimeException {
    public OpsException(String message) {
        super(message);
    }

    public OpsException(String message, Throwable cause) {
        super(message, cause);
    }
}
