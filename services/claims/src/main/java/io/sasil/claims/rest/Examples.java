package io.sasil.claims.rest;

/** JSON examples of the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String EXTRACT = """
            {"claims": [{"start": 0, "end": 26, "text": "통계청에 따르면 지난해 실업률은 3.1%였다.", "claim": true,
              "type": "QUANTITY", "score": 0.95,
              "reasons": ["number+counter:3.1%", "relative-date:지난해", "source:통계청에 따르면"],
              "quantities": [{"start": 9, "end": 12, "text": "지난해", "value": "2024", "unit": "DATE",
                "approximate": false},
                {"start": 18, "end": 22, "text": "3.1%", "value": 3.1, "unit": "PERCENT", "approximate": false}],
              "speaker": "통계청", "hedge": null, "subjects": [], "facts": []},
             {"start": 27, "end": 48, "text": "‘누리랩’은 2023년 5월 설립됐다.", "claim": true, "type": "TEMPORAL",
              "score": 0.81, "reasons": ["date:2023년 5월"],
              "quantities": [{"start": 34, "end": 43, "text": "2023년 5월", "value": "2023-05", "unit": "DATE",
                "approximate": false}],
              "speaker": null, "hedge": null, "subjects": [],
              "facts": [{"predicate": "founding", "predicateText": "설립",
                "subject": {"key": "term:누리랩", "label": "누리랩", "entryId": null},
                "coSubjects": ["term:누리랩"], "roles": [{"quantity": 0, "role": "date"}]}]}]}""";

    static final String PARSE = """
            {"quantities": [
              {"start": 0, "end": 7, "text": "약 81억 원", "value": 8100000000, "unit": "KRW", "approximate": true},
              {"start": 11, "end": 19, "text": "지난해 1분기", "value": "2024-01/2024-03", "unit": "INTERVAL",
               "approximate": false},
              {"start": 24, "end": 27, "text": "3곳", "value": 3, "unit": "COUNT", "counter": "곳",
               "approximate": false}]}""";

    static final String PAGE = """
            {"items": [{"documentId": 12, "publishedAt": "2025-02-03T00:00:00Z",
              "claim": {"id": 40, "start": 120, "end": 171, "text": "…단지 557만 6,000달러만 썼다고 밝혔다.",
                "claim": true, "type": "QUANTITY", "score": 0.9, "reasons": ["number+counter:557만 6,000달러"],
                "quantities": [{"start": 131, "end": 142, "text": "557만 6,000달러", "value": 5576000,
                  "unit": "USD", "approximate": false}],
                "speaker": "딥시크", "subjects": [7],
                "facts": [{"predicate": "spending", "predicateText": "썼", "subject": null,
                  "coSubjects": ["entry:7"], "roles": [{"quantity": 0, "role": "amount"}]}]}}],
             "page": 0, "size": 20, "total": 1}""";

    static final String STATS = """
            [{"entryId": 7, "period": "2025-01", "claims": 3}, {"entryId": 7, "period": "2025-02", "claims": 11},
             {"entryId": 9, "period": "unknown", "claims": 1}]""";

    static final String SUMMARY = """
            {"documentId": 12, "service": "claims", "items": 23}""";

    static final String DOCUMENT = """
            {"documentId": 12, "claims": [{"id": 40, "start": 0, "end": 26,
              "text": "통계청에 따르면 지난해 실업률은 3.1%였다.", "claim": true, "type": "QUANTITY", "score": 0.95,
              "reasons": ["number+counter:3.1%"], "quantities": [], "speaker": "통계청", "subjects": [3], "facts": []},
             {"id": 41, "start": 27, "end": 58, "text": "누리랩의 직원 180명 가운데 연구 인력은 139명이다.",
              "claim": true, "type": "QUANTITY", "score": 0.9, "reasons": ["number+counter:180명"],
              "quantities": [{"start": 35, "end": 39, "text": "180명", "value": 180, "unit": "PERSON",
                "approximate": false},
                {"start": 51, "end": 55, "text": "139명", "value": 139, "unit": "PERSON", "approximate": false}],
              "speaker": null, "subjects": [8],
              "facts": [{"predicate": "employees", "predicateText": "직원",
                  "subject": {"key": "entry:8", "label": "누리랩", "entryId": 8}, "coSubjects": ["entry:8"],
                  "roles": [{"quantity": 0, "role": "value"}]},
                {"predicate": "research-staff", "predicateText": "연구 인력",
                  "subject": {"key": "entry:8", "label": "누리랩", "entryId": 8}, "coSubjects": ["entry:8"],
                  "roles": [{"quantity": 1, "role": "value"}]},
                {"predicate": "part-whole", "predicateText": "가운데", "subject": null, "coSubjects": [],
                  "roles": [{"quantity": 0, "role": "whole"}, {"quantity": 1, "role": "part"}]}]}]}""";



    static final String UNAVAILABLE = """
            {"type": "https://sasil.io/problems/dependency-unavailable", "title": "Service unavailable",
             "status": 503, "detail": "glossary is not reachable: Connection refused",
             "instance": "/api/claims/documents/12/analysis"}""";
}
