package io.sasil.common.problem;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProblemExceptionTest {

    @Test
    void pagingWithinItsBoundsPasses() {
        assertDoesNotThrow(() -> ProblemException.checkPaging(0, 1, 20));
        assertDoesNotThrow(() -> ProblemException.checkPaging(7, 20, 20));
    }

    @Test
    void aNegativePageNamesTheField() {
        ProblemException e = assertThrows(ProblemException.class, () -> ProblemException.checkPaging(-1, 10, 20));
        assertEquals(400, e.status());
        assertEquals("page: must be 0 or more", e.problem().detail());
        assertEquals("page", e.problem().errors().get(0).field());
    }

    @Test
    void aSizeOutsideItsRangeSaysTheRange() {
        for (int size : new int[] {0, 21, Integer.MIN_VALUE}) {
            ProblemException e = assertThrows(ProblemException.class, () -> ProblemException.checkPaging(0, size, 20));
            assertEquals("size: must be between 1 and 20", e.problem().detail());
        }
    }

    @Test
    void aRangeIsInclusive() {
        assertDoesNotThrow(() -> ProblemException.checkRange("top", 1, 1, 1000));
        assertDoesNotThrow(() -> ProblemException.checkRange("top", 1000, 1, 1000));
        assertThrows(ProblemException.class, () -> ProblemException.checkRange("top", 1001, 1, 1000));
    }
}
