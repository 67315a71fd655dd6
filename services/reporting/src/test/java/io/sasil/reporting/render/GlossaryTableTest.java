package io.sasil.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sasil.common.contract.GlossKind;
import io.sasil.common.contract.GlossView;
import io.sasil.common.contract.MentionView;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTableTest {

    @Test
    void oneRowPerEntryWithGlossesByKindAndMentions() {
        List<GlossView> glosses = List.of(
                new GlossView("딥시크", "DeepSeek", GlossKind.ENGLISH, 10, 13, 14, 22, 5L),
                new GlossView("량원펑", "梁文鋒", GlossKind.ORIGINAL_NAME, 40, 43, 44, 47, 6L),
                new GlossView("딥시크", "深度求索", GlossKind.ORIGINAL_NAME, 60, 63, 64, 68, 5L),
                new GlossView("딥시크", "DeepSeek", GlossKind.ENGLISH, 80, 83, 84, 92, 5L),
                new GlossView("타산지석", "他山之石", GlossKind.HANJA, 2, 6, 7, 11, null));
        List<MentionView> mentions = List.of(
                new MentionView(10, 13, "딥시크", 5L, "딥시크"),
                new MentionView(30, 38, "DeepSeek", 5L, "딥시크"),
                new MentionView(100, 104, "엔비디아", 8L, "엔비디아"),
                new MentionView(120, 124, "엔비디아", 8L, "엔비디아"));
        GlossaryTable t = GlossaryTable.of(glosses, mentions);
        assertEquals(List.of("term-1", "entry-5", "entry-6", "entry-8"),
                t.rows().stream().map(GlossaryTable.Row::anchor).toList(), "in order of first appearance");
        GlossaryTable.Row deepseek = t.rows().get(1);
        assertEquals("딥시크", deepseek.term());
        assertEquals("ENGLISH: DeepSeek; ORIGINAL_NAME: 深度求索", deepseek.glossesText());
        assertEquals(2, deepseek.mentions());
        assertEquals("딥시크, DeepSeek", deepseek.formsText());
        assertEquals("HANJA: 他山之石", t.rows().get(0).glossesText());
        assertEquals(0, t.rows().get(0).mentions());
        assertEquals(2, t.rows().get(3).mentions());
        assertEquals("", t.rows().get(3).glossesText());
        assertEquals("entry-5", t.anchor(5L, "아무거나"));
        assertEquals("term-1", t.anchor(null, "타산지석"));
    }

    @Test
    void emptyAndNullInputs() {
        assertEquals(List.of(), GlossaryTable.of(null, null).rows());
        assertEquals(List.of(), GlossaryTable.of(java.util.Arrays.asList((GlossView) null), List.of()).rows());
    }
}
