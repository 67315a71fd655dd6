package io.sasil.glossary.rest;

import static io.sasil.common.testing.TestTokens.asService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The entries API: list, search, get, create, edit, merge, split, delete, mentions, evidence, merge history. */
@QuarkusTest
class EntryResourceTest {

    private static long create(String preferred, String category, Object... labels) {
        List<Map<String, String>> ls = new java.util.ArrayList<>();
        for (int i = 0; i < labels.length; i += 2) {
            ls.add(Map.of("text", (String) labels[i], "type", (String) labels[i + 1]));
        }
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("preferredLabel", preferred);
        body.put("category", category);
        body.put("labels", ls);
        return given().contentType("application/json").body(body).post("/api/glossary/entries").then()
                .statusCode(201).header("Location", containsString("/api/glossary/entries/"))
                .extract().jsonPath().getLong("id");
    }

    private static void analyse(long id, String text) {
        asService().contentType("application/json").body(Map.of("documentId", id, "text", text))
                .put("/internal/glossary/documents/" + id + "/analysis").then().statusCode(200);
    }

    @Test
    void createGetAndSearchByAnyLabel() {
        long id = create("유럽우주국", "ORGANISATION", "유럽우주국", "KOREAN", "European Space Agency", "LATIN",
                "ESA", "ABBREVIATION");
        given().get("/api/glossary/entries/" + id).then().statusCode(200)
                .body("preferredLabel", equalTo("유럽우주국")).body("category", equalTo("ORGANISATION"))
                .body("labels.text", equalTo(List.of("유럽우주국", "European Space Agency", "ESA")))
                .body("labels.type", equalTo(List.of("KOREAN", "LATIN", "ABBREVIATION")))
                .body("frequency", equalTo(0)).body("documents", equalTo(0));
        for (String q : List.of("유럽우주국", "유럽 우주국", "european space agency", "European-Space Agency", "ESA", "esa",
                "유럽우", "Europ")) {
            given().queryParam("q", q).get("/api/glossary/entries").then().statusCode(200)
                    .body("items.id", hasItem((int) id));
        }
        given().queryParam("q", "아시아우주국").get("/api/glossary/entries").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
    }

    @Test
    void searchReadsLatinLettersAloud() {
        long id = create("지피에스엑스", null, "지피에스엑스", "KOREAN", "GPSX", "LATIN");
        given().queryParam("q", "GPSX").get("/api/glossary/entries").then().body("items.id", hasItem((int) id));
        given().queryParam("q", "지피에스엑스").get("/api/glossary/entries").then().body("items.id", hasItem((int) id));
        given().queryParam("q", "gpsx").get("/api/glossary/entries").then().body("items.id", hasItem((int) id));
    }

    @Test
    void listPagesAndSorts() {
        analyse(9501, "녹색기후기금(GCF)이 출범했다. GCF는 인천에 있다. GCF가 다시 돈을 모은다. 녹색기후기금은 크다.");
        JsonPath byFrequency = given().queryParam("size", 200).queryParam("sort", "frequency")
                .get("/api/glossary/entries").then().statusCode(200).extract().jsonPath();
        List<Integer> freqs = byFrequency.getList("items.frequency");
        for (int i = 1; i < freqs.size(); i++) {
            assertTrue(freqs.get(i - 1) >= freqs.get(i), "frequency order at " + i + ": " + freqs);
        }
        JsonPath recent = given().queryParam("size", 200).queryParam("sort", "recent")
                .get("/api/glossary/entries").then().statusCode(200).extract().jsonPath();
        List<String> seen = recent.getList("items.firstSeenAt");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(java.time.OffsetDateTime.parse(seen.get(i - 1)).compareTo(java.time.OffsetDateTime.parse(seen.get(i))) >= 0);
        }
        long total = byFrequency.getLong("total");
        given().queryParam("page", 0).queryParam("size", 1).get("/api/glossary/entries").then().statusCode(200)
                .body("items", hasSize(1)).body("size", equalTo(1)).body("total", equalTo((int) total));
        given().queryParam("page", 100_000).queryParam("size", 5).get("/api/glossary/entries").then()
                .statusCode(200).body("items", hasSize(0));
    }

    @ParameterizedTest
    @CsvSource({"page=-1", "size=0", "size=201", "sort=alphabetical"})
    void badListingParametersAreProblems(String param) {
        String[] kv = param.split("=");
        given().queryParam(kv[0], kv[1]).get("/api/glossary/entries").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(kv[0]));
    }

    @ParameterizedTest
    @CsvSource({"page=-1", "size=0", "size=201"})
    void badMentionPagingIsAProblem(String param) {
        String[] kv = param.split("=");
        given().queryParam(kv[0], kv[1]).get("/api/glossary/entries/1/mentions").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(kv[0]));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"labels\":[]}|labels",
            "{\"labels\":[{\"text\":\" \",\"type\":\"KOREAN\"}]}|labels[0].text",
            "{\"labels\":[{\"text\":\"가나\",\"type\":\"KLINGON\"}]}|labels[0].type",
            "{\"labels\":[{\"text\":\"가나\",\"type\":\"KOREAN\"}],\"category\":\"PLANET\"}|category",
            "{\"preferredLabel\":\"다라\",\"labels\":[{\"text\":\"가나\",\"type\":\"KOREAN\"}]}|preferredLabel"})
    void invalidEntriesAreProblems(String body, String field) {
        given().contentType("application/json").body(body).post("/api/glossary/entries").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(field));
    }

    @Test
    void unknownEntriesAre404Everywhere() {
        given().get("/api/glossary/entries/987654").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/glossary/entries/987654/mentions").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/glossary/entries/987654/evidence").then().statusCode(404);
        given().get("/api/glossary/entries/987654/merges").then().statusCode(404);
        given().delete("/api/glossary/entries/987654").then().statusCode(404);
        given().contentType("application/json").body("{\"labels\":[{\"text\":\"가나\",\"type\":\"KOREAN\"}]}")
                .put("/api/glossary/entries/987654").then().statusCode(404);
        given().contentType("application/json").body("{\"ids\":[987655]}")
                .post("/api/glossary/entries/987654/merge").then().statusCode(404);
    }

    @Test
    void putAndPatchEdit() {
        long id = create("북대서양조약기구", null, "북대서양조약기구", "KOREAN", "NATO", "ABBREVIATION");
        given().contentType("application/json")
                .body("{\"preferredLabel\":\"나토\",\"category\":\"ORGANISATION\",\"labels\":[{\"text\":\"나토\",\"type\":\"KOREAN\"},"
                        + "{\"text\":\"북대서양조약기구\",\"type\":\"KOREAN\"},{\"text\":\"NATO\",\"type\":\"ABBREVIATION\"}]}")
                .put("/api/glossary/entries/" + id).then().statusCode(200)
                .body("preferredLabel", equalTo("나토")).body("category", equalTo("ORGANISATION"))
                .body("labels", hasSize(3));
        given().contentType("application/json")
                .body("{\"addLabels\":[{\"text\":\"North Atlantic Treaty Organization\",\"type\":\"LATIN\"}],\"removeLabels\":[\"나토\"]}")
                .patch("/api/glossary/entries/" + id).then().statusCode(200)
                .body("preferredLabel", equalTo("북대서양조약기구"))
                .body("labels.text", equalTo(List.of("북대서양조약기구", "NATO", "North Atlantic Treaty Organization")))
                .body("category", equalTo("ORGANISATION"));
        given().contentType("application/json").body("{\"category\":\"\"}")
                .patch("/api/glossary/entries/" + id).then().statusCode(200).body("category", equalTo(null));
        given().contentType("application/json")
                .body("{\"removeLabels\":[\"북대서양조약기구\",\"NATO\",\"North Atlantic Treaty Organization\"]}")
                .patch("/api/glossary/entries/" + id).then().statusCode(400).contentType("application/problem+json");
        given().queryParam("q", "north atlantic treaty organization").get("/api/glossary/entries").then()
                .body("items.id", hasItem((int) id));
    }

    @Test
    void analysisMergesVariantsAndTheMergeIsExplainedAndReversible() {
        analyse(9601, "인공지능 기업 앤스로픽(Anthropic)이 새 모델을 냈다.");
        analyse(9602, "미국의 앤트로픽(Anthropic)은 클로드를 만든다. 앤트로픽은 투자를 받았다.");
        JsonPath d2 = given().get("/api/glossary/documents/9602").then().extract().jsonPath();
        JsonPath d1 = given().get("/api/glossary/documents/9601").then().extract().jsonPath();
        long id = d1.getLong("glosses[0].entryId");
        assertEquals(id, d2.getLong("glosses[0].entryId"), "shared English label merges the entries");
        JsonPath merges = given().get("/api/glossary/entries/" + id + "/merges").then().statusCode(200)
                .body("rule", hasItem("SHARED_ENGLISH_LABEL")).extract().jsonPath();
        long mergeId = merges.getLong("find { it.rule == 'SHARED_ENGLISH_LABEL' }.id");
        given().get("/api/glossary/entries/" + id).then().body("documents", equalTo(2))
                .body("labels.text", hasItems("앤스로픽", "Anthropic", "앤트로픽"));
        long restored = given().contentType("application/json").body(Map.of("mergeId", mergeId))
                .post("/api/glossary/entries/" + id + "/split").then().statusCode(201)
                .body("labels.text", hasItem("앤트로픽")).extract().jsonPath().getLong("id");
        given().get("/api/glossary/entries/" + id).then().body("labels.text", not(hasItem("앤트로픽")));
        given().get("/api/glossary/documents/9602").then().body("glosses[0].entryId", equalTo((int) restored))
                .body("mentions.entryId", hasItem((int) restored));
        given().get("/api/glossary/entries/" + id + "/merges").then().body("find { it.id == " + mergeId + " }.undone",
                equalTo(true));
        given().contentType("application/json").body(Map.of("mergeId", mergeId))
                .post("/api/glossary/entries/" + id + "/split").then().statusCode(409)
                .contentType("application/problem+json");
        analyse(9602, "미국의 앤트로픽(Anthropic)은 클로드를 만든다. 앤트로픽은 투자를 받았다.");
        given().get("/api/glossary/documents/9602").then().body("glosses[0].entryId", equalTo((int) restored));
    }

    @Test
    void manualMergeMovesMentionsAndSplitByLabelsMovesThemBack() {
        analyse(9701, "수도권광역급행철도(GTX)가 개통했다. GTX는 빠르다.");
        analyse(9702, "광역급행철도 노선이 늘었다. 광역급행철도 요금은 비싸다.");
        long gtx = given().get("/api/glossary/documents/9701").then().extract().jsonPath().getLong("glosses[0].entryId");
        long other = create("광역급행철도", null, "광역급행철도", "KOREAN");
        analyse(9702, "광역급행철도 노선이 늘었다. 광역급행철도 요금은 비싸다.");
        given().get("/api/glossary/entries/" + other).then().body("frequency", equalTo(2));
        given().contentType("application/json").body(Map.of("ids", List.of(other)))
                .post("/api/glossary/entries/" + gtx + "/merge").then().statusCode(200)
                .body("labels.text", hasItems("수도권광역급행철도", "GTX", "광역급행철도"))
                .body("documents", equalTo(2)).body("frequency", greaterThanOrEqualTo(4));
        given().get("/api/glossary/entries/" + other).then().statusCode(404);
        given().get("/api/glossary/entries/" + gtx + "/mentions?size=2").then().statusCode(200)
                .body("items", hasSize(2)).body("total", greaterThanOrEqualTo(4));
        given().get("/api/glossary/entries/" + gtx + "/merges").then().body("rule", hasItem("MANUAL"));
        given().contentType("application/json").body(Map.of("ids", List.of(gtx)))
                .post("/api/glossary/entries/" + gtx + "/merge").then().statusCode(400);
        long split = given().contentType("application/json").body(Map.of("labels", List.of("광역급행철도")))
                .post("/api/glossary/entries/" + gtx + "/split").then().statusCode(201)
                .body("labels.text", equalTo(List.of("광역급행철도"))).extract().jsonPath().getLong("id");
        given().get("/api/glossary/entries/" + split).then().body("frequency", equalTo(2));
        given().get("/api/glossary/documents/9702").then().body("mentions.entryId", everyItemIs(split));
        given().contentType("application/json").body(Map.of("labels", List.of("없는말")))
                .post("/api/glossary/entries/" + gtx + "/split").then().statusCode(409);
        given().contentType("application/json").body("{}")
                .post("/api/glossary/entries/" + gtx + "/split").then().statusCode(400);
    }

    @Test
    void mentionsArePagedByDocumentThenOffsetEachWithItsDocument() {
        String term = "해수온도차발전";
        long id = create(term, "CONCEPT", term, "KOREAN");
        Map<Long, String> texts = new java.util.LinkedHashMap<>();
        texts.put(9913L, "해수온도차발전은 바다의 온도 차이로 전기를 만든다. 정부는 해수온도차발전 실증을 시작했다.");
        texts.put(9912L, "전문가들은 해수온도차발전이 섬 지역에 알맞다고 본다.");
        texts.put(9911L, "제주 앞바다에서 해수온도차발전 설비가 시험 가동됐다. 해수온도차발전의 효율은 아직 낮다. "
                + "그래도 해수온도차발전에 대한 관심은 크다.");
        texts.forEach((doc, text) -> analyse(doc, text)); // stored in another order than the listing's
        List<String> expected = new java.util.ArrayList<>();
        new java.util.TreeMap<>(texts).forEach((doc, text) -> {
            for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
                expected.add(doc + "@" + at);
            }
        });
        assertEquals(List.of("9911@9", "9911@30", "9911@54", "9912@6", "9913@0", "9913@33"), expected);

        List<String> listed = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonPath p = given().queryParam("page", page).queryParam("size", 2)
                    .get("/api/glossary/entries/" + id + "/mentions").then().statusCode(200)
                    .body("items", hasSize(2)).body("page", equalTo(page)).body("size", equalTo(2))
                    .body("total", equalTo(6)).body("items.text", everyItem(equalTo(term)))
                    .body("items.entryId", everyItemIs(id)).body("items.entryLabel", everyItem(equalTo(term)))
                    .extract().jsonPath();
            for (int i = 0; i < 2; i++) {
                int start = p.getInt("items[" + i + "].start");
                assertEquals(start + term.length(), p.getInt("items[" + i + "].end"));
                listed.add(p.getLong("items[" + i + "].documentId") + "@" + start);
            }
        }
        assertEquals(expected, listed, "by document, then offset, across pages");
        given().queryParam("page", 3).queryParam("size", 2).get("/api/glossary/entries/" + id + "/mentions").then()
                .statusCode(200).body("items", hasSize(0)).body("total", equalTo(6));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(long id) {
        return org.hamcrest.Matchers.everyItem(equalTo((Object) (int) id));
    }

    @Test
    void deleteRemovesTheEntryAndItsMentions() {
        analyse(9801, "기후변화협약(UNFCCC) 당사국이 모였다. UNFCCC는 매년 열린다.");
        long id = given().get("/api/glossary/documents/9801").then().extract().jsonPath().getLong("glosses[0].entryId");
        given().delete("/api/glossary/entries/" + id).then().statusCode(204);
        given().get("/api/glossary/entries/" + id).then().statusCode(404);
        given().get("/api/glossary/documents/9801").then().body("mentions", hasSize(0))
                .body("glosses", hasSize(1)).body("glosses[0].entryId", equalTo(null));
        given().contentType("application/json").body(Map.of("text", "UNFCCC 회의가 끝났다."))
                .post("/api/glossary/extract").then().body("mentions", hasSize(0));
    }
}
