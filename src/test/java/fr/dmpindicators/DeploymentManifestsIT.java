package fr.dmpindicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests, offline: the copy committed in deploy/kubernetes is what this build generates
 * (target/kubernetes, written at package time, hence an *IT), and the Deployment, Service, HPA and PDB hold the
 * properties deploy/README.md promises, consistent with each other and with the hand-written files of deploy/.
 */
class DeploymentManifestsIT {

    private static final Path GENERATED = Path.of("target/kubernetes/kubernetes.yml");
    private static final Path COMMITTED = Path.of("deploy/kubernetes/dmp-indicators.yml");
    private static final ObjectMapper YAML = new YAMLMapper();

    @Test
    void shouldCommitTheManifestsTheBuildGenerates() throws IOException {
        // Compared as documents, keyed by kind and name: the generator does not keep the order of labels.
        Map<String, JsonNode> generated = byKindAndName(documents(GENERATED));
        Map<String, JsonNode> committed = byKindAndName(documents(COMMITTED));
        Set<String> differing = new TreeSet<>(generated.keySet());
        differing.addAll(committed.keySet());
        differing.removeIf(key -> Objects.equals(generated.get(key), committed.get(key)));
        assertEquals(Set.of(), differing, "deploy/kubernetes/dmp-indicators.yml differs from what the build generates;"
                + " after checking the change, run: cp target/kubernetes/kubernetes.yml deploy/kubernetes/dmp-indicators.yml");
    }

    @Test
    void shouldRunTwoReplicasOrMoreProbedOnTheHealthEndpoints() throws IOException {
        Deployment deployment = the(Deployment.class);
        assertTrue(deployment.getSpec().getReplicas() >= 2, "one replica is a single point of failure");

        Container container = container(deployment);
        int port = container.getPorts().get(0).getContainerPort();
        assertProbe(container.getStartupProbe(), "/q/health/started", port);
        assertProbe(container.getReadinessProbe(), "/q/health/ready", port);
        assertProbe(container.getLivenessProbe(), "/q/health/live", port);
    }

    @Test
    void shouldBoundMemoryAndCpuAndSizeTheHeapWithinTheLimit() throws IOException {
        Container container = container(the(Deployment.class));
        Map<String, Quantity> requests = container.getResources().getRequests();
        Map<String, Quantity> limits = container.getResources().getLimits();
        assertNotNull(requests.get("cpu"), "the HPA's CPU utilisation is a share of the CPU request");
        assertNotNull(limits.get("memory"), "a replica without a memory limit can starve its node");
        assertTrue(Quantity.getAmountInBytes(limits.get("memory"))
                .compareTo(Quantity.getAmountInBytes(requests.get("memory"))) >= 0, "the limit is below the request");
        assertTrue(env(container).get("JAVA_TOOL_OPTIONS").getValue().contains("-XX:MaxRAMPercentage="),
                "the JVM sizes its heap from the container's limit only when told which share to take");
    }

    @Test
    void shouldRunAsNonRootOnAReadOnlyFilesystemWithAWritableTmp() throws IOException {
        Deployment deployment = the(Deployment.class);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container container = container(deployment);
        assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot());
        assertTrue(pod.getSecurityContext().getRunAsUser() > 0, "user 0 is root");
        assertEquals(Boolean.TRUE, container.getSecurityContext().getReadOnlyRootFilesystem());
        assertEquals(Boolean.FALSE, container.getSecurityContext().getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop());

        String tmpVolume = container.getVolumeMounts().stream().filter(mount -> mount.getMountPath().equals("/tmp"))
                .findFirst().orElseThrow(() -> new AssertionError("the JVM and Vert.x need a writable /tmp")).getName();
        assertTrue(pod.getVolumes().stream().anyMatch(v -> v.getName().equals(tmpVolume) && v.getEmptyDir() != null),
                "/tmp should be an emptyDir");
    }

    @Test
    void shouldLetInFlightRequestsFinishBeforeTheKill() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        Duration shutdown = Duration.parse("PT" + properties.getProperty("quarkus.shutdown.timeout"));
        long grace = the(Deployment.class).getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        assertTrue(grace > shutdown.toSeconds(),
                "Kubernetes kills the pod after " + grace + " s, before the " + shutdown + " graceful shutdown ends");
    }

    @Test
    void shouldRunTheProductionProfileWithDatabaseCredentialsFromTheSecret() throws IOException {
        Container container = container(the(Deployment.class));
        Map<String, EnvVar> env = env(container);
        assertEquals("production", env.get("QUARKUS_PROFILE").getValue(),
                "only the production profile refuses the development token key");
        assertEquals("false", env.get("DMP_DEMO_DATA_ENABLED").getValue());

        String clusterName = hand("postgresql-cluster.yml").get(0).at("/metadata/name").asText();
        for (String name : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD")) {
            EnvVar variable = env.get(name);
            assertNotNull(variable, name + " is not set");
            assertNull(variable.getValue(), name + " must not be written in the manifest");
            assertEquals(clusterName + "-app", variable.getValueFrom().getSecretKeyRef().getName(),
                    name + " should come from the Secret CloudNativePG creates for " + clusterName);
        }

        ConfigMap config = YAML.treeToValue(hand("dmp-indicators-config.yml").get(0), ConfigMap.class);
        assertTrue(container.getEnvFrom().stream()
                .anyMatch(from -> from.getConfigMapRef().getName().equals(config.getMetadata().getName())),
                "the Deployment should read the ConfigMap of deploy/dmp-indicators-config.yml");
        assertFalse(config.getData().containsKey("QUARKUS_DATASOURCE_PASSWORD"), "a password belongs in a Secret");
    }

    @Test
    void shouldPointTheServiceHpaAndPdbAtTheDeploymentsPods() throws IOException {
        Deployment deployment = the(Deployment.class);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertSelects(deployment.getSpec().getSelector().getMatchLabels(), podLabels, "Deployment");

        Service service = the(Service.class);
        assertSelects(service.getSpec().getSelector(), podLabels, "Service");
        assertEquals(container(deployment).getPorts().get(0).getContainerPort(),
                service.getSpec().getPorts().get(0).getTargetPort().getIntVal());

        HorizontalPodAutoscaler hpa = the(HorizontalPodAutoscaler.class);
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "the HPA would scale below the Deployment's replicas");
        assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas());
        assertEquals("cpu", hpa.getSpec().getMetrics().get(0).getResource().getName());

        PodDisruptionBudget pdb = the(PodDisruptionBudget.class);
        assertSelects(pdb.getSpec().getSelector().getMatchLabels(), podLabels, "PodDisruptionBudget");
        assertEquals(1, pdb.getSpec().getMinAvailable().getIntVal());
    }

    @Test
    void shouldKeepSecretValuesOutOfTheRepositoryExceptTheMarkedExample() throws IOException {
        try (var files = Files.list(Path.of("deploy"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                for (JsonNode document : documents(file)) {
                    if (document.path("kind").asText().equals("Secret")) {
                        assertTrue(file.getFileName().toString().endsWith(".example.yml"),
                                file + " holds a Secret but is not named *.example.yml");
                        assertTrue(document.at("/stringData/password").asText().startsWith("CHANGE-ME"),
                                file + ": the example password should be an obvious placeholder");
                    }
                }
            }
        }
    }

    private static void assertProbe(Probe probe, String path, int port) {
        assertNotNull(probe, "no probe on " + path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals(port, probe.getHttpGet().getPort().getIntVal());
    }

    private static void assertSelects(Map<String, String> selector, Map<String, String> podLabels, String what) {
        assertFalse(selector == null || selector.isEmpty(), what + " selects nothing");
        selector.forEach((key, value) -> assertEquals(value, podLabels.get(key),
                what + " selects " + key + "=" + value + ", which the Deployment's pods do not carry"));
    }

    private static <T> T the(Class<T> type) throws IOException {
        List<JsonNode> matching = documents(GENERATED).stream()
                .filter(document -> document.path("kind").asText().equals(type.getSimpleName())).toList();
        assertEquals(1, matching.size(), "expected one " + type.getSimpleName() + " in " + GENERATED);
        return YAML.treeToValue(matching.get(0), type);
    }

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    private static Map<String, EnvVar> env(Container container) {
        return container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, variable -> variable));
    }

    private static List<JsonNode> hand(String file) throws IOException {
        return documents(Path.of("deploy", file));
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        assertTrue(Files.exists(file), file + " is missing");
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            List<JsonNode> documents = YAML.readValues(parser, JsonNode.class).readAll().stream()
                    .filter(document -> document != null && !document.isEmpty()).toList();
            documents.forEach(document -> assertFalse(document.path("kind").asText().isEmpty()
                    || document.at("/metadata/name").asText().isEmpty(),
                    file + ": a document without kind or name: " + document));
            return documents;
        }
    }

    private static Map<String, JsonNode> byKindAndName(List<JsonNode> documents) {
        Map<String, JsonNode> byKey = new HashMap<>();
        documents.forEach(document -> byKey.put(
                document.path("kind").asText() + "/" + document.at("/metadata/name").asText(), document));
        return byKey;
    }
}
