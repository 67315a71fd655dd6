package io.sasil.deploy;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPeer;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether the NetworkPolicies of a rendering allow a TCP/UDP connection, with the semantics of
 * the Kubernetes NetworkPolicy API: a connection needs both the source's egress and the destination's
 * ingress to allow it; a pod that no policy of a direction selects is open in that direction; a
 * policy's {@code policyTypes} default to Ingress, plus Egress when it has egress rules; a rule with no
 * peers matches every peer and one with no ports every port; a {@code podSelector} peer alone means
 * the policy's namespace, a {@code namespaceSelector} matches the namespace's labels (here only
 * {@code kubernetes.io/metadata.name}); named ports resolve against the destination's container ports.
 * An {@code ipBlock} peer is taken to match every endpoint, pods included (cluster implementations may
 * let it), so that a check of "no other calls" errs on the side of reporting them.
 */
public final class NetworkPolicies {

    /** A pod (namespace, labels, named container ports) or, with {@code external}, an address outside the cluster. */
    public record Endpoint(String namespace, Map<String, String> labels, Map<String, Integer> namedPorts, boolean external) {

        public static Endpoint pod(String namespace, Map<String, String> labels, Map<String, Integer> namedPorts) {
            return new Endpoint(namespace, labels, namedPorts, false);
        }

        public static Endpoint outside() {
            return new Endpoint(null, Map.of(), Map.of(), true);
        }
    }

    private final List<V1NetworkPolicy> policies;

    public NetworkPolicies(List<V1NetworkPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    /** Whether {@code from} may open a connection to {@code to} on {@code port}/{@code protocol}. */
    public boolean allows(Endpoint from, Endpoint to, int port, String protocol) {
        return egressAllows(from, to, port, protocol) && ingressAllows(from, to, port, protocol);
    }

    private boolean egressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        if (from.external()) {
            return true;
        }
        boolean selected = false;
        for (V1NetworkPolicy policy : policies) {
            if (!appliesTo(policy, from) || !types(policy).contains("Egress")) {
                continue;
            }
            selected = true;
            var rules = policy.getSpec().getEgress();
            for (var rule : rules == null ? List.<io.kubernetes.client.openapi.models.V1NetworkPolicyEgressRule>of() : rules) {
                if (peersMatch(rule.getTo(), to, namespaceOf(policy)) && portsMatch(rule.getPorts(), to, port, protocol)) {
                    return true;
                }
            }
        }
        return !selected;
    }

    private boolean ingressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        if (to.external()) {
            return true;
        }
        boolean selected = false;
        for (V1NetworkPolicy policy : policies) {
            if (!appliesTo(policy, to) || !types(policy).contains("Ingress")) {
                continue;
            }
            selected = true;
            var rules = policy.getSpec().getIngress();
            for (var rule : rules == null ? List.<io.kubernetes.client.openapi.models.V1NetworkPolicyIngressRule>of() : rules) {
                if (peersMatch(rule.getFrom(), from, namespaceOf(policy)) && portsMatch(rule.getPorts(), to, port, protocol)) {
                    return true;
                }
            }
        }
        return !selected;
    }

    private static boolean appliesTo(V1NetworkPolicy policy, Endpoint pod) {
        return !pod.external() && Objects.equals(namespaceOf(policy), pod.namespace())
                && matches(policy.getSpec().getPodSelector(), pod.labels());
    }

    private static List<String> types(V1NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types != null && !types.isEmpty()) {
            return types;
        }
        return policy.getSpec().getEgress() != null ? List.of("Ingress", "Egress") : List.of("Ingress");
    }

    private static boolean peersMatch(List<V1NetworkPolicyPeer> peers, Endpoint endpoint, String policyNamespace) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (V1NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                return true;
            }
            if (endpoint.external()) {
                continue;
            }
            boolean namespaceOk = peer.getNamespaceSelector() == null
                    ? Objects.equals(policyNamespace, endpoint.namespace())
                    : matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", String.valueOf(endpoint.namespace())));
            boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), endpoint.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean portsMatch(List<V1NetworkPolicyPort> ports, Endpoint destination, int port, String protocol) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (V1NetworkPolicyPort p : ports) {
            String ruleProtocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!ruleProtocol.equals(protocol)) {
                continue;
            }
            IntOrString value = p.getPort();
            if (value == null) {
                return true;
            }
            Integer number = value.isInteger() ? value.getIntValue() : destination.namedPorts().get(value.getStrValue());
            if (number == null) {
                continue;
            }
            int end = p.getEndPort() != null && value.isInteger() ? p.getEndPort() : number;
            if (port >= number && port <= end) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code selector} selects {@code labels}; an empty selector selects everything, a null one nothing. */
    public static boolean matches(V1LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchLabels() != null) {
            for (Map.Entry<String, String> e : selector.getMatchLabels().entrySet()) {
                if (!e.getValue().equals(labels.get(e.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (V1LabelSelectorRequirement r : selector.getMatchExpressions()) {
                String value = labels.get(r.getKey());
                List<String> values = r.getValues() == null ? List.of() : r.getValues();
                boolean ok = switch (r.getOperator()) {
                    case "In" -> value != null && values.contains(value);
                    case "NotIn" -> value == null || !values.contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new ManifestException("unknown selector operator " + r.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String namespaceOf(V1NetworkPolicy policy) {
        return policy.getMetadata().getNamespace();
    }
}
