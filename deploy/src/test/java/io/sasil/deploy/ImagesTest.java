package io.sasil.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImagesTest {

    @ParameterizedTest(name = "{0} with {1} {2} {3} {4}")
    @CsvSource(textBlock = """
            sasil/claims:0.1.0,                sasil/claims,                registry.example.com/sasil/claims, 0.2.0, ,        registry.example.com/sasil/claims:0.2.0
            sasil/claims:0.1.0,                sasil/claims,                ,                                  dev,   ,        sasil/claims:dev
            sasil/claims,                      sasil/claims,                ,                                  1,     ,        sasil/claims:1
            sasil/claims:0.1.0,                sasil/claims,                r.io/claims,                       ,      ,        r.io/claims:0.1.0
            sasil/claims:0.1.0,                sasil/claims,                ,                                  ,      sha256:ab, sasil/claims@sha256:ab
            sasil/claims-worker:1,             sasil/claims,                r.io/x,                            2,     ,        sasil/claims-worker:1
            localhost:5000/sasil/glossary:1,   localhost:5000/sasil/glossary, ,                                2,     ,        localhost:5000/sasil/glossary:2
            localhost:5000/sasil/glossary,     localhost:5000/sasil/glossary, ,                                2,     ,        localhost:5000/sasil/glossary:2
            sasil/glossary@sha256:cd,          sasil/glossary,              ,                                  3,     ,        sasil/glossary:3
            postgres:15,                       sasil/claims,                r.io/claims,                       2,     ,        postgres:15
            """)
    void imagesAreRewrittenByName(String image, String name, String newName, String newTag, String digest, String expected) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        if (newName != null) {
            entry.put("newName", newName);
        }
        if (newTag != null) {
            entry.put("newTag", newTag);
        }
        if (digest != null) {
            entry.put("digest", digest);
        }
        assertEquals(expected, Images.rewrite(image, entry));
    }
}
