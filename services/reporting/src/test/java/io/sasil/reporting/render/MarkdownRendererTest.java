package io.sasil.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.reporting.testing.Articles;
import io.sasil.reporting.testing.MarkdownTables;
import io.sasil.reporting.testing.Reports;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** The cells of a table row: one fewer than its unescaped pipes (| a | b | has two). */
    private static int cells(String row) {
        return MarkdownTables.unescapedPipes(row) - 1;
    }

    @Test
    void plainArticleHasEveryTable() {
        String md = renderer.document(Reports.of(Articles.plain()));
        assertTrue(md.startsWith("# Report: 새봄전자, 점유율 52% 🚀\n"), md);
        assertTrue(md.contains("| 새봄전자 | ENGLISH: Saebom Electronics | 2 | 새봄전자 |"), md);
        assertTrue(md.contains("| 2 | QUANTITY | 0.93 | 52% = 52 PERCENT; 37% = 37 PERCENT; 15%포인트 = 15 PERCENT\\_POINT | 업계 | \\~전했다 |"), md);
        assertTrue(md.lines().anyMatch(l -> l.contains("part-whole") && l.contains("✗ INCONSISTENT")), md);
        assertTrue(md.lines().anyMatch(l -> l.contains("percentage-points") && l.contains("✓ CONSISTENT")), md);
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {0})
    void everyTableRowHasItsHeadersColumnCount(int ignored) {
        for (String md : List.of(renderer.document(Reports.of(Articles.plain())),
                renderer.document(Reports.of(Articles.hostile())))) {
            int expected = -1;
            for (String line : md.lines().toList()) {
                if (!line.startsWith("|")) {
                    expected = -1;
                    continue;
                }
                if (expected < 0) {
                    expected = cells(line);
                }
                assertEquals(expected, cells(line), line);
            }
        }
    }

    @Test
    void hostileArticleCannotInjectMarkup() {
        String md = renderer.document(Reports.of(Articles.hostile()));
        assertFalse(md.contains("<script>"), md);
        assertFalse(md.contains("<b>"), md);
        assertFalse(md.matches("(?s).*[^\\\\]\\[링크\\].*"), md);
        assertTrue(md.contains("- URL: javascript:alert(3)"), "a URL is text, never a link: " + md);
        assertTrue(md.contains("\\|파이프\\| \\<b\\>"), md);
    }
}
