package io.sasil.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.text.CodePoints;
import io.sasil.reporting.render.ArticleHighlighter.Block;
import io.sasil.reporting.render.ArticleHighlighter.Mark;
import io.sasil.reporting.render.ArticleHighlighter.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleHighlighterTest {

    private static Mark m(String text, String s, int nth, String kind) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(s, at + 1);
        }
        int start = CodePoints.toCodePoint(text, at);
        return new Mark(start, start + CodePoints.length(s), kind, kind + "-row", kind);
    }

    private static List<String> highlighted(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.outer() != null) {
                out.add("[" + b.text() + "]");
            }
            for (Piece p : b.pieces()) {
                if (p.mark() != null) {
                    out.add(p.mark().kind() + ":" + p.text());
                }
            }
        }
        return out;
    }

    static Stream<Arguments> cases() {
        String t1 = "🚀 새봄전자(Saebom)는 2019년 설립됐다. 𠀀 직원은 120명이다.";
        String t2 = "😀😀 엔비디아 주가는 3% 올랐다.";
        return Stream.of(
                Arguments.of("term, gloss and quantity inside a claim, after an emoji", t1,
                        List.of(m(t1, "새봄전자(Saebom)는 2019년 설립됐다.", 0, "claim")),
                        List.of(m(t1, "새봄전자", 0, "term"), m(t1, "Saebom", 0, "gloss"), m(t1, "2019년", 0, "quantity")),
                        List.of("[새봄전자(Saebom)는 2019년 설립됐다.]", "term:새봄전자", "gloss:Saebom", "quantity:2019년")),
                Arguments.of("a quantity after a rare Hanja, outside any claim", t1, List.of(),
                        List.of(m(t1, "120명", 0, "quantity")), List.of("quantity:120명")),
                Arguments.of("overlapping inner spans: the earlier start wins", t2, List.of(),
                        List.of(m(t2, "엔비디아 주가", 0, "mention"), m(t2, "주가는 3%", 0, "quantity")),
                        List.of("mention:엔비디아 주가")),
                Arguments.of("same start: the longer wins", t2, List.of(),
                        List.of(m(t2, "엔비", 0, "mention"), m(t2, "엔비디아", 0, "term")), List.of("term:엔비디아")),
                Arguments.of("same span: the first given wins", t2, List.of(),
                        List.of(m(t2, "엔비디아", 0, "term"), m(t2, "엔비디아", 0, "mention")), List.of("term:엔비디아")),
                Arguments.of("an inner span crossing a claim boundary is dropped", t2,
                        List.of(m(t2, "주가는 3% 올랐다.", 0, "claim")),
                        List.of(m(t2, "엔비디아 주가", 0, "mention"), m(t2, "3%", 0, "quantity")),
                        List.of("[주가는 3% 올랐다.]", "quantity:3%")),
                Arguments.of("an inner span containing a whole claim is dropped", t2,
                        List.of(m(t2, "3%", 0, "claim")), List.of(m(t2, "주가는 3%", 0, "quantity")), List.of("[3%]")),
                Arguments.of("overlapping claims: the first kept", t2,
                        List.of(m(t2, "엔비디아 주가는", 0, "claim"), m(t2, "주가는 3% 올랐다.", 0, "claim")),
                        List.of(), List.of("[엔비디아 주가는]")),
                Arguments.of("spans outside the text, empty or reversed are dropped", t2,
                        List.of(new Mark(-1, 2, "claim", "x", "x"), new Mark(3, 3, "claim", "x", "x"),
                                new Mark(5, 2, "claim", "x", "x"), new Mark(0, 999, "claim", "x", "x")),
                        List.of(new Mark(18, 20, "quantity", "x", "x"), new Mark(0, 1, "term", "x", "x")),
                        List.of("term:😀")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsTheRightSpans(String name, String text, List<Mark> outer, List<Mark> inner, List<String> expected) {
        List<Block> blocks = ArticleHighlighter.layout(text, outer, inner);
        assertEquals(expected, highlighted(blocks));
        StringBuilder all = new StringBuilder();
        blocks.forEach(b -> all.append(b.text()));
        assertEquals(text, all.toString(), "the blocks are the whole text");
        for (Block b : blocks) {
            if (b.outer() != null) {
                assertEquals(CodePoints.substring(text, b.outer().start(), b.outer().end()), b.text());
            }
            for (Piece p : b.pieces()) {
                if (p.mark() != null) {
                    assertEquals(CodePoints.substring(text, p.mark().start(), p.mark().end()), p.text());
                }
            }
        }
    }

    @Test
    void emptyAndNullText() {
        assertEquals(List.of(), ArticleHighlighter.layout(null, null, null));
        assertEquals(List.of(), ArticleHighlighter.layout("", List.of(new Mark(0, 1, "claim", "c", "c")), List.of()));
    }

    @Test
    void thousandsOfOverlappingSpansKeepTheTextWhole() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            b.append(i % 7 == 0 ? "𠀀" : "가");
        }
        String text = b.toString();
        List<Mark> outer = new ArrayList<>();
        List<Mark> inner = new ArrayList<>();
        for (int i = 0; i < 20_000; i += 10) {
            outer.add(new Mark(i, i + 8, "claim", "c", "c"));
            outer.add(new Mark(i + 1, i + 9, "claim", "c", "c"));
            for (int k = 0; k < 5; k++) {
                inner.add(new Mark(i + k, i + k + 3, "quantity", "q", "q"));
            }
            inner.add(new Mark(i, 20_000, "mention", "m", "m"));
        }
        List<Block> blocks = ArticleHighlighter.layout(text, outer, inner);
        StringBuilder all = new StringBuilder();
        blocks.forEach(x -> all.append(x.text()));
        assertEquals(text, all.toString());
        assertTrue(blocks.stream().filter(x -> x.outer() != null).count() == 2_000);
    }
}
