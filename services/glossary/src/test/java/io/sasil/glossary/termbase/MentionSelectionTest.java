package io.sasil.glossary.termbase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MentionSelectionTest {

    private static MentionMatcher.Mention m(int start, int end, long id) {
        return new MentionMatcher.Mention(start, end, "x".repeat(end - start), id, "x");
    }

    /** first list, second list, expected "start-end:id" */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("", "", ""),
                Arguments.of("0-3:1", "", "0-3:1"),
                Arguments.of("", "0-3:-1", "0-3:-1"),
                Arguments.of("0-3:1", "0-3:-1", "0-3:1"),
                Arguments.of("0-3:1", "0-5:-1", "0-5:-1"),
                Arguments.of("2-4:1", "0-3:-1", "0-3:-1"),
                Arguments.of("0-2:1 5-7:2", "1-6:-1", "1-6:-1"),
                Arguments.of("0-2:1 3-5:2", "2-3:-1", "0-2:1 2-3:-1 3-5:2"),
                Arguments.of("4-8:1", "0-4:-1 8-9:-2", "0-4:-1 4-8:1 8-9:-2"));
    }

    private static List<MentionMatcher.Mention> parse(String s) {
        List<MentionMatcher.Mention> out = new ArrayList<>();
        for (String t : s.split(" ")) {
            if (t.isEmpty()) {
                continue;
            }
            String[] a = t.split("[-:]", 3);
            out.add(m(Integer.parseInt(a[0]), Integer.parseInt(a[1]), Long.parseLong(a[2])));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void longestThenLeftmostWithoutOverlap(String first, String second, String expected) {
        List<String> got = MentionSelection.select(parse(first), parse(second)).stream()
                .map(x -> x.start() + "-" + x.end() + ":" + x.entryId()).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), got);
    }

    @Test
    void manyOverlappingCandidatesOfOneLengthKeepTheLeftmost() {
        List<MentionMatcher.Mention> a = new ArrayList<>();
        List<MentionMatcher.Mention> b = new ArrayList<>();
        for (int i = 0; i < 200_000; i += 2) {
            a.add(m(i, i + 2, 1));
            b.add(m(i + 1, i + 3, -1));
        }
        List<MentionMatcher.Mention> selected = MentionSelection.select(a, b);
        assertEquals(100_000, selected.size());
        assertEquals(true, selected.stream().allMatch(x -> x.entryId() == 1));
    }
}
