package gov.bureau.portal.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;

/**
 * Who a sign-in comes from, for throttling: the connection's address, or, behind a reverse proxy, the
 * header that proxy sets ({@code portal.login.client-address-header}, e.g. {@code X-Forwarded-For}; its
 * last value, the one the proxy added). Without that setting, such headers are ignored: anyone can send
 * them.
 */
@Singleton
public class ClientAddresses {

    static final int MAX = 45; // the longest IPv6 address in text
    private final String header;

    public ClientAddresses(@Nullable @Value("${portal.login.client-address-header:}") String header) {
        this.header = header == null || header.isBlank() ? null : header.trim();
    }

    public String of(@Nullable HttpRequest<?> request) {
        if (request == null) {
            return "unknown";
        }
        if (header != null) {
            String value = request.getHeaders().get(header);
            if (value != null) {
                String[] parts = value.split(",");
                String last = parts[parts.length - 1].trim();
                if (!last.isEmpty()) {
                    return clip(last);
                }
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return clip(remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString());
    }

    private static String clip(String address) {
        return address.length() <= MAX ? address : address.substring(0, MAX);
    }
}
