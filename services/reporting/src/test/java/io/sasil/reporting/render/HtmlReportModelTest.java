package io.sasil.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sasil.common.text.CodePoints;
import io.sasil.reporting.testing.Articles;
import io.sasil.reporting.testing.Reports;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlReportModelTest {

    @Test
    void highlightsLinkToTheirRows() {
        HtmlReportModel m = HtmlReportModel.of(Reports.of(Articles.plain()));
        String text = Articles.plain().text();
        List<String> seen = new ArrayList<>();
        for (ArticleHighlighter.Block b : m.blocks()) {
            if (b.outer() != null) {
                seen.add(b.outer().target());
            }
            for (ArticleHighlighter.Piece p : b.pieces()) {
                if (p.mark() != null) {
                    seen.add(p.mark().kind() + ">" + p.mark().target() + ":" + p.text());
                    assertEquals(CodePoints.substring(text, p.mark().start(), p.mark().end()), p.text());
                }
            }
        }
        assertEquals(List.of("claim-1", "term>entry-7:새봄전자", "gloss>entry-7:Saebom Electronics",
                "quantity>claim-1:2019년", "claim-2", "quantity>claim-2:52%", "quantity>claim-2:37%",
                "quantity>claim-2:15%포인트", "claim-3", "mention>entry-7:새봄전자", "quantity>claim-3:120명",
                "quantity>claim-3:150명"), seen);
        assertTrue(m.checks().stream().anyMatch(c -> c.verdict().equals("INCONSISTENT")
                && c.involved().stream().allMatch(l -> "claim-3".equals(l.target()))));
        assertEquals("https://news.example/saebom", m.safeUrl());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "NULL", textBlock = """
            https://news.example/a,          https://news.example/a
            HTTP://NEWS.EXAMPLE/A,           HTTP://NEWS.EXAMPLE/A
            '  http://x.example  ',          http://x.example
            javascript:alert(1),             NULL
            ' JavaScript:alert(1)',          NULL
            'data:text/html;base64,PHNjcmlwdD4=', NULL
            //evil.example/x,                NULL
            NULL,                            NULL
            """)
    void onlyHttpUrlsAreLinked(String url, String expected) {
        assertEquals(expected, HtmlReportModel.safeUrl(url));
    }

    @Test
    void involvedQuantitiesOfUnknownClaimsAreNotLinked() {
        HtmlReportModel m = HtmlReportModel.of(Reports.of(Articles.hostile()));
        assertNull(m.document().text() == null ? "x" : null);
        m.checks().forEach(c -> c.involved().forEach(l -> assertTrue(l.target() == null || l.target().startsWith("claim-"))));
    }
}
