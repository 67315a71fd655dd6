package io.sasil.glossary.termbase;

import java.util.List;

/** Records (labels grouped by language, as TBX groups them) with Korean, Hanja, emoji, quotes, commas and line breaks, shared by the codec tests. */
final class CodecTestData {

    private CodecTestData() {
    }

    static List<InterchangeEntry> records() {
        return List.of(
            new InterchangeEntry("딥시크", Category.ORGANISATION, List.of(
                    new InterchangeLabel("딥시크", LabelType.KOREAN, "ko"),
                    new InterchangeLabel("DeepSeek", LabelType.LATIN, "en"),
                    new InterchangeLabel("深度求索", LabelType.ORIGINAL_SCRIPT, "zh")),
                List.of("중국 항저우의 인공지능 기업"), List.of("2023년 설립, \"저비용\" 모델로 유명 😀")),
            new InterchangeEntry("타산지석", Category.IDIOM, List.of(
                    new InterchangeLabel("타산지석", LabelType.KOREAN, "ko"),
                    new InterchangeLabel("他山之石", LabelType.HANJA, "ko-Hani")),
                List.of("다른 산의 나쁜 돌도 자기 옥을 가는 데 쓸 수 있다는 뜻,\n남의 하찮은 언행도 교훈이 된다"), List.of()),
            new InterchangeEntry("인공지능", Category.CONCEPT, List.of(
                    new InterchangeLabel("인공지능", LabelType.KOREAN, "ko"),
                    new InterchangeLabel("에이아이", LabelType.KOREAN, "ko"),
                    new InterchangeLabel("AI", LabelType.ABBREVIATION, "en")),
                List.of(), List.of()),
            new InterchangeEntry("𠮷野家", null, List.of(
                    new InterchangeLabel("𠮷野家", LabelType.ORIGINAL_SCRIPT, "ja"),
                    new InterchangeLabel("요시노야", LabelType.KOREAN, "ko"),
                    new InterchangeLabel(" spaced, \"quoted\" label ", LabelType.LATIN, "en")),
                List.of(), List.of("note with <xml> & ampersand")));
    }

    /** The same records as they come back from a format that trims labels. */
    static List<InterchangeEntry> trimmed() {
        return records().stream().map(r -> new InterchangeEntry(r.preferredLabel(), r.category(),
                r.labels().stream().map(l -> new InterchangeLabel(l.text().strip(), l.type(), l.language())).toList(),
                r.definitions(), r.notes())).toList();
    }
}
