package io.sasil.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkPoliciesTest {

    private static final String DENY_ALL = "{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: deny, namespace: ns},"
            + " spec: {podSelector: {}, policyTypes: [Ingress, Egress]}}";

    private static List<V1NetworkPolicy> policies(String... yaml) {
        List<V1NetworkPolicy> list = new ArrayList<>();
        for (String y : yaml) {
            if (!y.isBlank()) {
                list.add((V1NetworkPolicy) KubeModels.parse(Yamls.loadAll(y, "test").get(0), "test"));
            }
        }
        return list;
    }

    private static String policy(String name, String app, String spec) {
        return "{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: " + name + ", namespace: ns},"
                + " spec: {podSelector: {matchLabels: {app: " + app + "}}, " + spec + "}}";
    }

    private static NetworkPolicies.Endpoint pod(String spec) {
        if (spec.equals("outside")) {
            return NetworkPolicies.Endpoint.outside();
        }
        String[] parts = spec.split("/");
        return NetworkPolicies.Endpoint.pod(parts[0], Map.of("app", parts[1]), Map.of("http", 8082));
    }

    /** from, to, port/protocol, the policies besides deny-all (one per semicolon), allowed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no policy at all                | ns/a | ns/b | 8082/TCP | - | true
            deny all                        | ns/a | ns/b | 8082/TCP | deny | false
            egress and ingress allowed      | ns/a | ns/b | 8082/TCP | deny;e:a:egress: [{to: [{podSelector: {matchLabels: {app: b}}}], ports: [{port: 8082}]}];i:b:ingress: [{from: [{podSelector: {matchLabels: {app: a}}}], ports: [{port: 8082}]}] | true
            ingress only is not enough      | ns/a | ns/b | 8082/TCP | deny;i:b:ingress: [{from: [{podSelector: {matchLabels: {app: a}}}]}] | false
            egress only is not enough       | ns/a | ns/b | 8082/TCP | deny;e:a:egress: [{to: [{podSelector: {matchLabels: {app: b}}}]}] | false
            no deny: unselected pods open   | ns/a | ns/b | 8082/TCP | i:b:ingress: [{from: [{podSelector: {matchLabels: {app: a}}}]}] | true
            no deny: other source refused   | ns/c | ns/b | 8082/TCP | i:b:ingress: [{from: [{podSelector: {matchLabels: {app: a}}}]}] | false
            other port refused              | ns/a | ns/b | 9090/TCP | i:b:ingress: [{from: [{podSelector: {matchLabels: {app: a}}}], ports: [{port: 8082}]}] | false
            named port                      | ns/a | ns/b | 8082/TCP | i:b:ingress: [{from: [{podSelector: {matchLabels: {app: a}}}], ports: [{port: http}]}] | true
            port range                      | ns/a | ns/b | 8085/TCP | i:b:ingress: [{ports: [{port: 8080, endPort: 8090}]}] | true
            protocol differs                | ns/a | ns/b | 8082/UDP | i:b:ingress: [{ports: [{port: 8082}]}] | false
            empty rule allows all           | ns/a | ns/b | 8082/TCP | i:b:ingress: [{}] | true
            no rules deny                   | ns/a | ns/b | 8082/TCP | i:b:policyTypes: [Ingress] | false
            pod selector is namespace-local | other/a | ns/b | 8082/TCP | i:b:ingress: [{from: [{podSelector: {matchLabels: {app: a}}}]}] | false
            namespace selector              | ingress/x | ns/b | 8082/TCP | i:b:ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress}}}]}] | true
            namespace and pod selector      | ingress/x | ns/b | 8082/TCP | i:b:ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress}}, podSelector: {matchLabels: {app: y}}}]}] | false
            expression In                   | ns/a | ns/b | 8082/TCP | i:b:ingress: [{from: [{podSelector: {matchExpressions: [{key: app, operator: In, values: [a, c]}]}}]}] | true
            expression NotIn                | ns/a | ns/b | 8082/TCP | i:b:ingress: [{from: [{podSelector: {matchExpressions: [{key: app, operator: NotIn, values: [a]}]}}]}] | false
            ipBlock matches outside         | ns/a | outside | 5432/TCP | deny;e:a:egress: [{to: [{ipBlock: {cidr: 0.0.0.0/0}}], ports: [{port: 5432}]}] | true
            ipBlock taken to match pods     | ns/a | ns/b | 5432/TCP | e:a:egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}}]}] | true
            pod selector never outside      | ns/a | outside | 443/TCP | e:a:egress: [{to: [{podSelector: {}}]}] | false
            outside into a denied pod       | outside | ns/b | 8082/TCP | deny | false
            """)
    void connectionsFollowTheKubernetesRules(String label, String from, String to, String port, String specs, boolean allowed) {
        List<String> yaml = new ArrayList<>();
        if (!specs.equals("-")) {
            int i = 0;
            for (String spec : specs.split(";")) {
                if (spec.equals("deny")) {
                    yaml.add(DENY_ALL);
                } else {
                    String[] parts = spec.split(":", 3);
                    String type = parts[0].equals("e") ? "Egress" : "Ingress";
                    String body = parts[2].startsWith("policyTypes") ? parts[2] : "policyTypes: [" + type + "], " + parts[2];
                    yaml.add(policy("p" + i++, parts[1], body));
                }
            }
        }
        NetworkPolicies policies = new NetworkPolicies(policies(yaml.toArray(String[]::new)));
        String[] p = port.split("/");
        assertEquals(allowed, policies.allows(pod(from), pod(to), Integer.parseInt(p[0]), p[1]));
    }
}
