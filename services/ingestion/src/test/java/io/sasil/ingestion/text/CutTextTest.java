package io.sasil.ingestion.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CutTextTest {

    @Test
    void nothingCutIsTheIdentity() {
        CutText c = new CutText("가나다", List.of());
        assertEquals("가나다", c.kept());
        assertEquals(2, c.toOriginal(2));
        assertEquals(3, c.toOriginalEnd(3));
    }

    @Test
    void mapsKeptPositionsAroundCuts() {
        // 0:제 1:목 2:\n 3:기 4:자 5:\n 6:본 7:문 8:😀 9:.
        String original = "제목\n기자\n본문😀.";
        CutText c = new CutText(original, List.<int[]>of(new int[] {3, 6}));
        assertEquals("제목\n본문😀.", c.kept());
        assertEquals(0, c.toOriginal(0));
        assertEquals(2, c.toOriginal(2));
        assertEquals(6, c.toOriginal(3));   // 본
        assertEquals(8, c.toOriginal(5));   // 😀, one code point
        assertEquals(10, c.toOriginalEnd(7)); // end of the text
        assertEquals(2, c.toOriginalEnd(2)); // end of 제목
    }

    @Test
    void overlappingAndUnsortedCutsMerge() {
        CutText c = new CutText("0123456789", List.of(new int[] {5, 7}, new int[] {1, 3}, new int[] {2, 4}, new int[] {20, 30}));
        assertEquals("04789", c.kept());
        assertEquals(4, c.toOriginal(1));
        assertEquals(7, c.toOriginal(2));
    }

    @Test
    void aCutAtTheStart() {
        CutText c = new CutText("[서울] 본문", List.<int[]>of(new int[] {0, 5}));
        assertEquals("본문", c.kept());
        assertEquals(5, c.toOriginal(0));
        assertEquals(7, c.toOriginalEnd(2));
    }
}
