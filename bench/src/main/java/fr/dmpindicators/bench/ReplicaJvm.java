package fr.dmpindicators.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The JVM of a replica as deploy/ runs it, read from the settings that generate its manifest: the container's memory
 * limit, which the JVM sizes its heap from ({@code -XX:MaxRAM} stands for the cgroup limit here), and the
 * {@code JAVA_TOOL_OPTIONS} given to it. Read rather than spelled again, so that the bench measures what is deployed.
 */
final class ReplicaJvm {

    static final String LIMIT = "quarkus.kubernetes.resources.limits.memory";
    static final String OPTIONS = "quarkus.kubernetes.env.vars.java-tool-options";

    private ReplicaJvm() {
    }

    static List<String> options(Path root) {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            settings.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the service's settings under " + root, e);
        }
        String limit = settings.getProperty(LIMIT, "");
        if (!limit.matches("\\d+Mi")) {
            throw new IllegalStateException(LIMIT + " is not a number of Mi: " + limit);
        }
        List<String> options = new ArrayList<>(List.of("-XX:MaxRAM=" + limit.replace("Mi", "m")));
        for (String option : settings.getProperty(OPTIONS, "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return List.copyOf(options);
    }
}
