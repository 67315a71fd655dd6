package io.sasil.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Counters moved by {@link CounterTable} on a real H2 database in the services' PostgreSQL mode: random deltas over
 * many transactions equal a map kept here; an insert that loses its race to another connection is updated instead;
 * a counter deleted between the insert and the update again is an error. The races are made by running the other
 * connection's statements just before a batch of the counters' connection, not by timing.
 */
class CounterTableTest {

    /** A counter of {@code tally}: one kind of thing and its number. */
    record Key(String kind, long item) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = kind.compareTo(o.kind);
            return c != 0 ? c : Long.compare(item, o.item);
        }
    }

    private static final CounterTable<Key> TALLY = new CounterTable<>("tally", List.of("kind", "item"),
            List.of("hits", "weight"), k -> List.of(k.kind(), k.item()));

    private static final CounterTable<Long> TOTAL = new CounterTable<>("total", List.of("entry_id"),
            List.of("claims"), id -> List.of(id));

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private String url;
    /** Open for the whole test, so the in-memory database lives until its end. */
    private Connection keeper;

    @BeforeEach
    void database() throws SQLException {
        url = "jdbc:h2:mem:counter_table_" + DATABASES.incrementAndGet()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        keeper = DriverManager.getConnection(url);
        try (Statement s = keeper.createStatement()) {
            s.execute("create table tally (kind varchar(20) not null, item bigint not null, hits bigint not null,"
                    + " weight bigint not null, primary key (kind, item))");
            s.execute("create table total (entry_id bigint primary key, claims bigint not null)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        keeper.close();
    }

    private Connection transaction() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        c.setAutoCommit(false);
        return c;
    }

    private Map<Key, List<Long>> tally() throws SQLException {
        Map<Key, List<Long>> out = new HashMap<>();
        try (Statement s = keeper.createStatement();
                ResultSet rs = s.executeQuery("select kind, item, hits, weight from tally")) {
            while (rs.next()) {
                out.put(new Key(rs.getString(1), rs.getLong(2)), List.of(rs.getLong(3), rs.getLong(4)));
            }
        }
        return out;
    }

    private Map<Long, Long> totals() throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (Statement s = keeper.createStatement();
                ResultSet rs = s.executeQuery("select entry_id, claims from total")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return out;
    }

    @Test
    void randomDeltasOverManyTransactionsEqualTheSumsKeptHere() throws SQLException {
        Random random = new Random(13);
        String[] kinds = {"수치", "날짜", "인물", "기관"};
        Map<Key, List<Long>> expected = new HashMap<>();
        int rolledBack = 0;
        for (int round = 0; round < 300; round++) {
            SortedMap<Key, long[]> deltas = new TreeMap<>();
            int size = random.nextInt(12);
            for (int i = 0; i < size; i++) {
                // the numbers grow with the rounds: some keys are seen for the first time, most again
                Key key = new Key(kinds[random.nextInt(kinds.length)], random.nextInt(5 + round / 10));
                long[] d = random.nextInt(6) == 0 ? new long[2]
                        : new long[] {random.nextInt(11) - 5, random.nextInt(7) - 3};
                deltas.put(key, d);
            }
            boolean commit = random.nextInt(10) != 0;
            try (Connection c = transaction()) {
                TALLY.apply(c, deltas);
                if (commit) {
                    c.commit();
                } else {
                    c.rollback();
                    rolledBack++;
                }
            }
            if (commit) {
                deltas.forEach((k, d) -> {
                    if (d[0] != 0 || d[1] != 0) {
                        expected.merge(k, List.of(d[0], d[1]), (a, b) -> List.of(a.get(0) + b.get(0),
                                a.get(1) + b.get(1)));
                    }
                });
            }
            assertEquals(expected, tally(), "after round " + round);
        }
        assertTrue(rolledBack > 0 && expected.size() > 40, "rolled back " + rolledBack + ", keys " + expected.size());
        assertTrue(expected.values().stream().anyMatch(v -> v.get(0) < 0), "some counters went below 0");
        // every third counter taken back to 0, as a forgotten document does: the rows stay, holding 0
        SortedMap<Key, long[]> withdrawal = new TreeMap<>();
        new TreeMap<>(expected).entrySet().stream().filter(e -> e.getKey().item() % 3 == 0).forEach(e -> {
            withdrawal.put(e.getKey(), new long[] {-e.getValue().get(0), -e.getValue().get(1)});
            expected.put(e.getKey(), List.of(0L, 0L));
        });
        try (Connection c = transaction()) {
            TALLY.apply(c, withdrawal);
            c.commit();
        }
        assertEquals(expected, tally());
        assertTrue(withdrawal.size() > 10, "withdrawn " + withdrawal.size());
    }

    @Test
    void aSingleKeyColumnAndAllZeroDeltasThatWriteNothing() throws SQLException {
        try (Connection c = transaction()) {
            TOTAL.apply(c, new TreeMap<>(Map.of(7L, new long[] {3}, 8L, new long[] {0}, 9L, new long[] {-1})));
            c.commit();
        }
        assertEquals(Map.of(7L, 3L, 9L, -1L), totals(), "no row for the zero delta");
        try (Connection c = transaction()) {
            TOTAL.apply(c, new TreeMap<>(Map.of(7L, new long[] {-3}, 8L, new long[] {0}, 9L, new long[] {1})));
            TOTAL.apply(c, new TreeMap<>());
            c.commit();
        }
        assertEquals(Map.of(7L, 0L, 9L, 0L), totals(), "counters at 0 keep their rows");
    }

    @Test
    void anInsertThatLosesItsRaceToAnotherConnectionIsUpdatedInstead() throws SQLException {
        Key raced = new Key("수치", 2);
        Key fresh = new Key("수치", 3);
        Key existing = new Key("날짜", 1);
        try (Connection c = transaction()) {
            TALLY.apply(c, new TreeMap<>(Map.of(existing, new long[] {1, 1})));
            c.commit();
        }
        List<String> batches = new ArrayList<>();
        try (Connection other = DriverManager.getConnection(url); Connection c = transaction()) {
            // between this transaction's update (no row) and its insert, another inserts the row and commits
            Connection interleaved = around(c, (sql, earlier, batch) -> {
                batches.add(sql.substring(0, 6) + " " + earlier);
                if (sql.startsWith("insert")) {
                    try (Statement s = other.createStatement()) {
                        s.executeUpdate("insert into tally (kind, item, hits, weight) values ('수치', 2, 100, 10)");
                    }
                }
                return batch.call();
            }, null);
            TALLY.apply(interleaved, new TreeMap<>(Map.of(raced, new long[] {5, 1}, fresh, new long[] {2, 2},
                    existing, new long[] {1, 0})));
            c.commit();
        }
        assertEquals(List.of("update 0", "insert 0", "update 1"), batches);
        assertEquals(Map.of(raced, List.of(105L, 11L), fresh, List.of(2L, 2L), existing, List.of(2L, 1L)), tally());
    }

    @Test
    void aCounterDeletedBetweenTheInsertAndTheSecondUpdateIsAnError() throws SQLException {
        try (Connection other = DriverManager.getConnection(url); Connection c = transaction()) {
            Connection interleaved = around(c, (sql, earlier, batch) -> {
                try (Statement s = other.createStatement()) {
                    if (sql.startsWith("insert")) {
                        s.executeUpdate("insert into total (entry_id, claims) values (4, 1)");
                    } else if (earlier == 1) {
                        s.executeUpdate("delete from total where entry_id = 4");
                    }
                }
                return batch.call();
            }, null);
            var e = assertThrows(IllegalStateException.class,
                    () -> TOTAL.apply(interleaved, new TreeMap<>(Map.of(4L, new long[] {1}))));
            assertEquals("counters of total could be neither updated nor inserted: [4]", e.getMessage());
            c.rollback();
        }
    }

    @Test
    void countersAreWrittenInTheMapsKeyOrder() throws SQLException {
        List<Object> bound = new ArrayList<>();
        try (Connection c = transaction()) {
            TOTAL.apply(around(c, (sql, earlier, batch) -> batch.call(), bound),
                    new TreeMap<>(Map.of(1L, new long[] {1}, 3L, new long[] {1}, 2L, new long[] {1})));
            c.commit();
        }
        assertEquals(List.of("update 1", "update 2", "update 3", "insert 1", "insert 2", "insert 3"), bound);
        bound.clear();
        try (Connection c = transaction()) {
            SortedMap<Long, long[]> descending = new TreeMap<>(Comparator.reverseOrder());
            descending.putAll(Map.of(1L, new long[] {1}, 5L, new long[] {1}, 2L, new long[] {0}, 3L, new long[] {1}));
            TOTAL.apply(around(c, (sql, earlier, batch) -> batch.call(), bound), descending);
            c.commit();
        }
        assertEquals(List.of("update 5", "update 3", "update 1", "insert 5"), bound);
        assertEquals(Map.of(1L, 2L, 2L, 1L, 3L, 2L, 5L, 1L), totals());
    }

    @Test
    void aBatchWithoutRowCountsIsRefused() throws SQLException {
        try (Connection c = transaction()) {
            Connection noInfo = around(c, (sql, earlier, batch) -> {
                int[] counts = batch.call();
                Arrays.fill(counts, Statement.SUCCESS_NO_INFO);
                return counts;
            }, null);
            var e = assertThrows(IllegalStateException.class,
                    () -> TOTAL.apply(noInfo, new TreeMap<>(Map.of(1L, new long[] {1}))));
            assertTrue(e.getMessage().startsWith("the driver did not say how many rows"), e.getMessage());
            c.rollback();
        }
    }

    @Test
    void namesAreCheckedAsPlainIdentifiersAndDeltasAgainstTheColumns() throws SQLException {
        for (String bad : new String[] {"", "1st", "Tally", "tally; drop table total", "tally t", "\"tally\"",
                "s.tally", "수치"}) {
            assertThrows(IllegalArgumentException.class,
                    () -> new CounterTable<Long>(bad, List.of("id"), List.of("n"), id -> List.of(id)), bad);
            assertThrows(IllegalArgumentException.class,
                    () -> new CounterTable<Long>("t", List.of(bad), List.of("n"), id -> List.of(id)), bad);
            assertThrows(IllegalArgumentException.class,
                    () -> new CounterTable<Long>("t", List.of("id"), List.of(bad), id -> List.of(id)), bad);
        }
        assertThrows(IllegalArgumentException.class,
                () -> new CounterTable<Long>("t", List.of("id"), List.of("n", "id"), id -> List.of(id)));
        assertThrows(IllegalArgumentException.class,
                () -> new CounterTable<Long>("t", List.of(), List.of("n"), id -> List.of(id)));
        assertThrows(IllegalArgumentException.class,
                () -> new CounterTable<Long>("t", List.of("id"), List.of(), id -> List.of(id)));
        try (Connection c = transaction()) {
            assertThrows(IllegalArgumentException.class,
                    () -> TALLY.apply(c, new TreeMap<>(Map.of(new Key("수치", 1), new long[] {1}))));
            CounterTable<Key> oneColumnKey = new CounterTable<>("tally", List.of("kind", "item"),
                    List.of("hits", "weight"), k -> List.of(k.kind()));
            assertThrows(IllegalArgumentException.class,
                    () -> oneColumnKey.apply(c, new TreeMap<>(Map.of(new Key("수치", 1), new long[] {1, 1}))));
            c.rollback();
        }
        assertEquals(Map.of(), tally());
    }

    /** A batch about to run on the counters' connection: its SQL, how many batches of it ran before, the batch. */
    interface Around {
        int[] batch(String sql, int earlier, Callable<int[]> batch) throws Exception;
    }

    /**
     * {@code real}, whose statements' batches run through {@code around}; with {@code bound}, the values bound with
     * {@code setObject} (the keys) are listed there after their statement's first word.
     */
    private static Connection around(Connection real, Around around, List<Object> bound) {
        Map<String, Integer> runs = new HashMap<>();
        ClassLoader loader = CounterTableTest.class.getClassLoader();
        return (Connection) Proxy.newProxyInstance(loader, new Class<?>[] {Connection.class}, (p, m, args) -> {
            Object result = invoke(real, m, args);
            if (!m.getName().equals("prepareStatement") || args.length != 1) {
                return result;
            }
            String sql = (String) args[0];
            PreparedStatement statement = (PreparedStatement) result;
            return Proxy.newProxyInstance(loader, new Class<?>[] {PreparedStatement.class}, (p2, m2, args2) -> {
                if (m2.getName().equals("executeBatch")) {
                    int earlier = runs.merge(sql, 1, Integer::sum) - 1;
                    return around.batch(sql, earlier, statement::executeBatch);
                }
                if (bound != null && m2.getName().equals("setObject")) {
                    bound.add(sql.substring(0, 6) + " " + args2[1]);
                }
                return invoke(statement, m2, args2);
            });
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
