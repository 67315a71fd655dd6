package io.sasil.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceModuleTest {

    /** What the deploy checks read from this checkout (it changes when the code does: then update the row). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ingestion | 8081 | glossary claims           | /api/documents /api/batches
            glossary  | 8082 | ''                        | /api/glossary
            claims    | 8083 | glossary                  | /api/claims /api/quantities
            reporting | 8084 | ingestion glossary claims | /api/reports
            """)
    void servicesAreReadFromTheirCode(String name, int port, String calls, String prefixes) {
        ServiceModule m = ServiceModule.read(Project.root(), name);
        assertEquals(port, m.httpPort());
        assertEquals(set(calls), m.calls());
        assertEquals(m.registeredClients(), m.configuredClients());
        assertEquals(set(prefixes), m.apiPrefixes());
        assertTrue(m.knows("quarkus.http.port"));
        assertFalse(m.knows("quarkus.http.portt"), "a misspelt key");
    }

    @Test
    void theIngestionDriverKeysComeFromItsConfigMapping() {
        ServiceModule m = ServiceModule.read(Project.root(), "ingestion");
        for (String key : new String[] {"sasil.ingestion.max-text-bytes", "sasil.ingestion.driver.enabled",
                "sasil.ingestion.driver.batch-size", "sasil.ingestion.driver.max-attempts"}) {
            assertTrue(m.knows(key), key);
        }
        assertFalse(m.knows("sasil.ingestion.driver"), "a group is not a key");
        assertFalse(ServiceModule.read(Project.root(), "glossary").knows("sasil.ingestion.driver.enabled"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            flat mapping    | @ConfigMapping(prefix = "a.b")\\ninterface C {\\n    int maxSize();\\n    String name();\\n} | a.b.max-size a.b.name
            nested group    | @ConfigMapping(prefix = "p")\\ninterface C {\\n    G group();\\n    interface G {\\n        boolean on();\\n    }\\n} | p.group.on
            optional group  | @ConfigMapping(prefix = "p")\\ninterface C {\\n    Optional<G> g();\\n    interface G {\\n        int x();\\n    }\\n} | p.g.x
            with name       | @ConfigMapping(prefix = "p")\\ninterface C {\\n    @WithName("URL")\\n    String url();\\n} | p.URL
            config property | class X {\\n  @ConfigProperty(name = "sasil.x.y") String y;\\n} | sasil.x.y
            default method  | @ConfigMapping(prefix = "p")\\ninterface C {\\n    int a();\\n    default int b() { return 1; }\\n} | p.a
            nothing         | class X {}                                                   | ''
            """)
    void configMappingKeysFollowSmallRyeNaming(String label, String source, String expected) {
        assertEquals(set(expected), ConfigMappingKeys.of(source.replace("\\n", "\n")));
    }

    private static Set<String> set(String words) {
        Set<String> set = new TreeSet<>();
        for (String w : words.split(" ")) {
            if (!w.isBlank()) {
                set.add(w);
            }
        }
        return set;
    }
}
