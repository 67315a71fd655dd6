package io.sasil.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs every {@link OverlayChecks} check on every overlay in {@code deploy/k8s/overlays}, rendered by {@link Kustomize}. */
class OverlayConsistencyTest {

    private static final Map<String, Rendering> RENDERINGS = new HashMap<>();

    static Rendering overlay(String name) {
        return RENDERINGS.computeIfAbsent(name, n -> Rendering.of(Project.k8s().resolve("overlays").resolve(n), n));
    }

    static Stream<String> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(Project.k8s().resolve("overlays"))) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasADeploymentAServiceAndAConfigMap(String overlay) {
        OverlayChecks.everyServiceHasADeploymentAServiceAndAConfigMap(overlay(overlay));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void selectorsMatchTheirPodLabels(String overlay) {
        OverlayChecks.selectorsMatchTheirPodLabels(overlay(overlay));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void serviceTargetPortsAreContainerPorts(String overlay) {
        OverlayChecks.serviceTargetPortsAreContainerPorts(overlay(overlay));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void containersListenWhereTheirConfigurationSays(String overlay) {
        OverlayChecks.containersListenWhereTheirConfigurationSays(overlay(overlay));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void probesUseTheHealthEndpointsOnTheHttpPort(String overlay) {
        OverlayChecks.probesUseTheHealthEndpointsOnTheHttpPort(overlay(overlay));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerIsBoundedNonRootAndReadOnly(String overlay) {
        OverlayChecks.everyContainerIsBoundedNonRootAndReadOnly(overlay(overlay));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void configMapKeysAreRealPropertiesOfTheirService(String overlay) {
        OverlayChecks.configMapKeysAreRealPropertiesOfTheirService(overlay(overlay));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void restClientUrlsNameTheServiceOfTheCalledService(String overlay) {
        OverlayChecks.restClientUrlsNameTheServiceOfTheCalledService(overlay(overlay));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void databaseCredentialsComeFromASecret(String overlay) {
        OverlayChecks.databaseCredentialsComeFromASecret(overlay(overlay));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void ingressRoutesEachApiAndEachSwaggerUi(String overlay) {
        OverlayChecks.ingressRoutesEachApiAndEachSwaggerUi(overlay(overlay));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void networkPoliciesAllowTheCallsTheCodeMakesAndNoOther(String overlay) {
        OverlayChecks.networkPoliciesAllowTheCallsTheCodeMakesAndNoOther(overlay(overlay));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void podsShutDownGracefullyAndSpreadAcrossNodes(String overlay) {
        OverlayChecks.podsShutDownGracefullyAndSpreadAcrossNodes(overlay(overlay));
    }

    @ParameterizedTest
    @ValueSource(strings = "production")
    void productionRunsTwoOrMoreReplicasWithAutoscalersAndBudgets(String overlay) {
        OverlayChecks.productionRunsTwoOrMoreReplicasWithAutoscalersAndBudgets(overlay(overlay));
    }

    @ParameterizedTest
    @ValueSource(strings = "production")
    void aPodMonitorScrapesEveryServiceThroughTheNetworkPolicies(String overlay) {
        OverlayChecks.aPodMonitorScrapesEveryServiceThroughTheNetworkPolicies(overlay(overlay));
    }

    @ParameterizedTest
    @ValueSource(strings = "production")
    void productionConnectionBudgetIsTheDocumentedOne(String overlay) throws IOException {
        OverlayChecks.productionConnectionBudgetIsTheDocumentedOne(overlay(overlay));
    }

    @ParameterizedTest
    @ValueSource(strings = "dev")
    void devRunsOneReplicaAgainstAnInClusterPostgresql(String overlay) {
        OverlayChecks.devRunsOneReplicaAgainstAnInClusterPostgresql(overlay(overlay));
    }
}
