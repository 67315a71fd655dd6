package io.sasil.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrategicMergePatchTest {

    private static final Gson GSON = new Gson();

    private static Map<String, Object> flow(String yaml) {
        return Yamls.loadAll(yaml, "test").get(0);
    }

    /** target, patch and expected result as YAML flow mappings. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            scalar replaced            | {spec: {replicas: 1, paused: false}} | {spec: {replicas: 3}} | {spec: {replicas: 3, paused: false}}
            map merged                 | {data: {a: '1'}} | {data: {b: '2'}} | {data: {a: '1', b: '2'}}
            null deletes               | {data: {a: '1', b: '2'}} | {data: {a: null}} | {data: {b: '2'}}
            env merged by name         | {env: [{name: A, value: '1'}, {name: B, value: '2'}]} | {env: [{name: B, value: '3'}, {name: C, value: '4'}]} | {env: [{name: A, value: '1'}, {name: B, value: '3'}, {name: C, value: '4'}]}
            containers merged by name  | {containers: [{name: app, image: a, ports: [{containerPort: 1}]}]} | {containers: [{name: app, image: b}]} | {containers: [{name: app, image: b, ports: [{containerPort: 1}]}]}
            mounts merged by mountPath | {volumeMounts: [{name: tmp, mountPath: /tmp}]} | {volumeMounts: [{name: scratch, mountPath: /tmp}]} | {volumeMounts: [{name: scratch, mountPath: /tmp}]}
            ports merged by number     | {ports: [{containerPort: 8081, name: http}]} | {ports: [{containerPort: 9000, name: admin}]} | {ports: [{containerPort: 8081, name: http}, {containerPort: 9000, name: admin}]}
            other lists replaced       | {egress: [{to: [a]}, {to: [b]}]} | {egress: [{to: [c]}]} | {egress: [{to: [c]}]}
            args replaced              | {args: [a, b]} | {args: [c]} | {args: [c]}
            new key added              | {spec: {}} | {spec: {template: {metadata: {labels: {x: 'y'}}}}} | {spec: {template: {metadata: {labels: {x: 'y'}}}}}
            map over scalar            | {a: 1} | {a: {b: 2}} | {a: {b: 2}}
            """)
    void patchesMergeAsKubernetesDoes(String label, String target, String patch, String expected) {
        Map<String, Object> before = flow(target);
        String beforeJson = GSON.toJson(before);
        Map<String, Object> result = StrategicMergePatch.apply(before, flow(patch));
        assertEquals(GSON.toJson(flow(expected)), GSON.toJson(result));
        assertEquals(beforeJson, GSON.toJson(before), "the target is not changed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            delete directive       | {env: [{name: A}]} | {env: [{name: A, $patch: delete}]}  | $patch
            retainKeys directive   | {spec: {a: 1}}     | {spec: {$retainKeys: [a]}}          | $retainKeys
            item without merge key | {env: [{name: A}]} | {env: [{value: x}]}                 | merge key name
            """)
    void unsupportedPatchesFail(String label, String target, String patch, String expected) {
        ManifestException e = assertThrows(ManifestException.class, () -> StrategicMergePatch.apply(flow(target), flow(patch)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
