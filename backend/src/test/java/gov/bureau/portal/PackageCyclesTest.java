package gov.bureau.portal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No area package imports one that imports it back, directly or around a loop (CONTRIBUTING.md
 * "Layout"): read from the main sources' import lines, so a new cycle fails here with the files that
 * close it.
 */
class PackageCyclesTest {

    private static final Path MAIN = Path.of("src/main/java/gov/bureau/portal");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?gov\\.bureau\\.portal\\.([a-z]+)\\.", Pattern.MULTILINE);

    /** area → areas it imports → one file that does so. */
    static Map<String, Map<String, String>> graph() throws IOException {
        Map<String, Map<String, String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // Application.java
                }
                String area = relative.getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(area)) {
                        graph.computeIfAbsent(area, a -> new TreeMap<>()).putIfAbsent(m.group(1), relative.toString());
                    }
                }
            }
        }
        return graph;
    }

    @Test
    void noPackageImportsOneThatImportsItBack() throws IOException {
        Map<String, Map<String, String>> graph = graph();
        assertThat(graph).containsKeys("agency", "credit", "engagement", "acceptance"); // the sources were found
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            path(graph, start, start, new ArrayList<>(List.of(start)), new TreeSet<>(), cycles);
        }
        assertThat(cycles).isEmpty();
    }

    /** Depth-first from {@code start}; a path back to it is a cycle, written with a file for each arrow. */
    private static void path(Map<String, Map<String, String>> graph, String start, String at, List<String> trail,
                             Set<String> seen, List<String> cycles) {
        for (Map.Entry<String, String> next : graph.getOrDefault(at, Map.of()).entrySet()) {
            if (next.getKey().equals(start)) {
                List<String> steps = new ArrayList<>(trail);
                steps.add(start);
                Map<String, String> via = new HashMap<>();
                for (int i = 0; i + 1 < steps.size(); i++) {
                    via.put(steps.get(i) + " -> " + steps.get(i + 1), graph.get(steps.get(i)).get(steps.get(i + 1)));
                }
                cycles.add(String.join(" -> ", steps) + " " + via);
            } else if (seen.add(next.getKey())) {
                trail.add(next.getKey());
                path(graph, start, next.getKey(), trail, seen, cycles);
                trail.remove(trail.size() - 1);
            }
        }
    }
}
