package gov.bureau.portal.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the message bundles: every {@code i18n/<area>.properties} on the class path, from a folder (in
 * development and tests) or from the packaged jar. An area adds its messages by adding its file; no list
 * is kept by hand. {@code messages.properties} sits beside the others and marks the folder.
 */
final class MessageBundles {

    private static final String FOLDER = "i18n";
    private static final String MARKER = FOLDER + "/messages.properties";

    private MessageBundles() {
    }

    /** The base names ({@code i18n.agency}, …), sorted; a language's file ({@code agency_en}) is not a bundle of its own. */
    static List<String> discover(ClassLoader loader) {
        Set<String> files = new TreeSet<>();
        try {
            Enumeration<URL> markers = loader.getResources(MARKER);
            while (markers.hasMoreElements()) {
                files.addAll(siblings(markers.nextElement()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the message bundles", e);
        }
        Set<String> bundles = new TreeSet<>();
        for (String file : files) {
            if (file.endsWith(".properties")) {
                String name = file.substring(0, file.length() - ".properties".length());
                int language = name.indexOf('_');
                bundles.add(FOLDER + "." + (language < 0 ? name : name.substring(0, language)));
            }
        }
        return List.copyOf(bundles);
    }

    /** The file names in the folder that holds the marker. */
    private static Set<String> siblings(URL marker) throws IOException {
        Set<String> names = new TreeSet<>();
        if ("jar".equals(marker.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) marker.openConnection();
            connection.setUseCaches(false);
            try (var jar = connection.getJarFile()) {
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(FOLDER + "/") && n.indexOf('/', FOLDER.length() + 1) < 0)
                        .forEach(n -> names.add(n.substring(FOLDER.length() + 1)));
            }
        } else if ("file".equals(marker.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(marker.toURI()).getParent())) {
                files.forEach(f -> names.add(f.getFileName().toString()));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        } else {
            names.add("messages.properties");
        }
        return names;
    }
}
