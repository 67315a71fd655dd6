package io.sasil.glossary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.common.contract.AnalysisRequest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * What analysing one document writes does not grow with the documents analysed before it: every document below glosses
 * the same terms as all earlier ones (so their entries gather evidence from each), yet each analysis runs the same
 * number of statements and inserts, updates and deletes the same number of rows as the second one did. Counted with
 * Hibernate's statistics (statements prepared, entity inserts) and with the rows of {@code entry_evidence}, which grow by
 * exactly the document's glosses. The glosses, mentions, evidence, labels and entry updates are JDBC batches (one
 * statement per table), which Hibernate does not count: their rows are what the evidence count checks.
 */
@QuarkusTest
class AnalysisWritesTest {

    @Inject
    GlossaryService glossary;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessions;

    /** A made-up news brief glossing four terms and mentioning them again; the figures change per document. */
    private static String article(int n) {
        return "반도체설계자산(IP)을 파는 영국 기업 암홀딩스(Arm Holdings)가 " + (n % 9 + 1) + "분기 매출이 "
                + (10 + n) + "% 늘었다고 밝혔다. 시스템온칩(SoC) 수요와 신경망처리장치(NPU) 주문이 함께 늘었다. "
                + "암홀딩스는 IP 사용료를 " + (n % 5 + 2) + "% 올리고, SoC와 NPU 설계 지원을 넓힌다.";
    }

    private record Cost(long statements, long inserts, long updates, long deletes, long evidenceRows) {
    }

    private Cost analyse(long documentId, int n) {
        Statistics stats = sessions.getStatistics();
        stats.clear();
        glossary.analyse(new AnalysisRequest(documentId, article(n), null, null));
        long statements = stats.getPrepareStatementCount();
        long inserts = stats.getEntityInsertCount();
        long updates = stats.getEntityUpdateCount();
        long deletes = stats.getEntityDeleteCount();
        long evidence = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from entry_evidence").getSingleResult()).longValue());
        return new Cost(statements, inserts, updates, deletes, evidence);
    }

    @Test
    void aDocumentWritesTheSameRowsHoweverManyEarlierDocumentsShareItsTerms() {
        assertTrue(sessions.getStatistics().isStatisticsEnabled(), "hibernate statistics are on in tests");
        List<Cost> costs = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            costs.add(analyse(880_000 + n, n));
        }
        Cost second = costs.get(1);
        assertTrue(second.evidenceRows() > costs.get(0).evidenceRows(), "an analysis inserts its evidence");
        for (int n = 2; n < costs.size(); n++) {
            Cost c = costs.get(n);
            assertEquals(second.statements(), c.statements(), "statements of document " + n + ": " + costs);
            assertEquals(second.inserts(), c.inserts(), "rows inserted by document " + n + ": " + costs);
            assertEquals(second.updates(), c.updates(), "entity updates of document " + n);
            assertEquals(second.deletes(), c.deletes(), "entity deletes of document " + n);
            assertEquals(4, c.evidenceRows() - costs.get(n - 1).evidenceRows(),
                    "document " + n + " adds one evidence row per gloss, and rewrites none");
        }
    }

    @Test
    void analysingADocumentAgainWritesNoMoreThanTheFirstTime() {
        Cost first = analyse(881_000, 1);
        for (int n = 0; n < 5; n++) {
            analyse(881_001 + n, n);
        }
        Cost again = analyse(881_000, 1);
        assertEquals(first.evidenceRows() + 5 * 4, again.evidenceRows(), "a re-analysis replaces its evidence");
        assertTrue(again.inserts() <= first.inserts(), "re-analysis inserts " + again + " vs first " + first);
    }
}
