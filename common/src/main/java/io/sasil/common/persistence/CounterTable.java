package io.sasil.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A table of counters: one row per key (the table's primary key or a unique key over {@code keyColumns}) holding
 * {@code bigint} values ({@code valueColumns}), moved by deltas in the caller's transaction. Used by the services
 * that keep counts as rows so that a report reads them instead of grouping what they count (claims' claims per
 * entity, reporting's failed checks).
 *
 * <p>{@link #apply} moves the counters of one sorted map of deltas, as JDBC batches on the caller's connection:
 * <ol>
 * <li>an update per counter ({@code set v = v + ?}), in the map's key order;
 * <li>an insert ({@code … on conflict do nothing}) of the counters whose update found no row;
 * <li>the update again for the inserts that found a row after all: another transaction inserted it between the
 * update and the insert, and it is updated like any other.
 * </ol>
 * A counter that can be neither updated nor inserted (its row deleted in between) is an {@link IllegalStateException}.
 * Deltas that are all 0 are skipped: they neither write nor lock a row.
 *
 * <p>So that concurrent writers do not deadlock over the counters they share, each batch goes in key order: give the
 * same order for the same table everywhere, and move several tables in one fixed order. (A counter whose insert was
 * lost is locked by the update again, after the writer's own inserts, so a rare interleaving of writers meeting the
 * same new counters can still deadlock; the database then aborts one of them.) A counter that falls to 0 is kept as a
 * row holding 0, so an increment running at the same time never finds its row deleted under it.
 * {@code insert … on conflict do nothing} is PostgreSQL's (9.5 and later), which H2 accepts in
 * {@code MODE=PostgreSQL} with the same row counts (0 for a conflict).
 *
 * <p>Table and column names are fixed identifiers from code, checked once here as plain lower-case SQL identifiers;
 * the statements are built once, and keys and deltas are always bound as parameters.
 *
 * @param <K> the key, turned into the values of the key columns (in their order) by the constructor's function
 */
public final class CounterTable<K> {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final String table;
    private final int keyCount;
    private final int valueCount;
    private final Function<? super K, List<?>> keyValues;
    private final String updateSql;
    private final String insertSql;

    /**
     * @param table        the table's name
     * @param keyColumns   the key's columns (a primary or unique key, for {@code on conflict})
     * @param valueColumns the counters' columns ({@code bigint})
     * @param keyValues    a key's column values, in the order of {@code keyColumns} (bound with
     *                     {@link PreparedStatement#setObject(int, Object)}; none may be null)
     * @throws IllegalArgumentException when a name is not a plain lower-case SQL identifier, or is given twice
     */
    public CounterTable(String table, List<String> keyColumns, List<String> valueColumns,
            Function<? super K, List<?>> keyValues) {
        identifier(table);
        if (keyColumns.isEmpty() || valueColumns.isEmpty()) {
            throw new IllegalArgumentException("a counter table needs key and value columns: " + table);
        }
        var names = new HashSet<String>();
        for (String column : concat(keyColumns, valueColumns)) {
            if (!names.add(identifier(column))) {
                throw new IllegalArgumentException("column " + column + " given twice for " + table);
            }
        }
        this.table = table;
        this.keyCount = keyColumns.size();
        this.valueCount = valueColumns.size();
        this.keyValues = keyValues;
        String where = keyColumns.stream().map(c -> c + " = ?").collect(Collectors.joining(" and "));
        this.updateSql = "update " + table + " set " + valueColumns.stream().map(c -> c + " = " + c + " + ?")
                .collect(Collectors.joining(", ")) + " where " + where;
        this.insertSql = "insert into " + table + " (" + String.join(", ", concat(keyColumns, valueColumns))
                + ") values (" + String.join(", ", Collections.nCopies(keyCount + valueCount, "?"))
                + ") on conflict do nothing";
    }

    /**
     * Adds the deltas to the counters on {@code connection} (the caller's transaction), in the map's key order; a
     * delta has one value per value column.
     *
     * @throws IllegalStateException    when a counter could be neither updated nor inserted, or the driver does not
     *                                  say how many rows a statement of a batch wrote
     * @throws IllegalArgumentException when a delta has the wrong number of values or a key a null value
     */
    public void apply(Connection connection, SortedMap<K, long[]> deltas) throws SQLException {
        List<Map.Entry<K, long[]>> moved = new ArrayList<>(deltas.size());
        for (Map.Entry<K, long[]> e : deltas.entrySet()) {
            if (e.getValue().length != valueCount) {
                throw new IllegalArgumentException("a delta of " + table + " has " + e.getValue().length
                        + " values for " + valueCount + " columns: " + e.getKey());
            }
            for (long d : e.getValue()) {
                if (d != 0) {
                    moved.add(e);
                    break;
                }
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        try (PreparedStatement updates = connection.prepareStatement(updateSql)) {
            List<Map.Entry<K, long[]>> missing = update(updates, moved);
            if (missing.isEmpty()) {
                return;
            }
            List<Map.Entry<K, long[]>> lost;
            try (PreparedStatement inserts = connection.prepareStatement(insertSql)) {
                for (Map.Entry<K, long[]> e : missing) {
                    int next = bindKey(inserts, 1, e.getKey());
                    for (long d : e.getValue()) {
                        inserts.setLong(next++, d);
                    }
                    inserts.addBatch();
                }
                lost = unwritten(inserts.executeBatch(), missing);
            }
            List<Map.Entry<K, long[]>> neither = update(updates, lost);
            if (!neither.isEmpty()) {
                throw new IllegalStateException("counters of " + table + " could be neither updated nor inserted: "
                        + neither.stream().map(e -> String.valueOf(keyValues.apply(e.getKey())))
                                .collect(Collectors.joining(", ")));
            }
        }
    }

    /** Updates the counters as one batch; returns those that have no row. */
    private List<Map.Entry<K, long[]>> update(PreparedStatement updates, List<Map.Entry<K, long[]>> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        for (Map.Entry<K, long[]> e : rows) {
            int next = 1;
            for (long d : e.getValue()) {
                updates.setLong(next++, d);
            }
            bindKey(updates, next, e.getKey());
            updates.addBatch();
        }
        return unwritten(updates.executeBatch(), rows);
    }

    /** Binds the key's values from parameter {@code first} on; returns the next parameter's index. */
    private int bindKey(PreparedStatement statement, int first, K key) throws SQLException {
        List<?> values = keyValues.apply(key);
        if (values.size() != keyCount) {
            throw new IllegalArgumentException("a key of " + table + " has " + values.size() + " values for "
                    + keyCount + " columns: " + key);
        }
        int next = first;
        for (Object v : values) {
            if (v == null) {
                throw new IllegalArgumentException("a key of " + table + " has a null value: " + key);
            }
            statement.setObject(next++, v);
        }
        return next;
    }

    /** The rows whose statement wrote none. */
    private <T> List<T> unwritten(int[] written, List<T> rows) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < written.length; i++) {
            if (written[i] == Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("the driver did not say how many rows a batched statement on "
                        + table + " wrote (a rewritten batch?): counters cannot be moved without it");
            }
            if (written[i] == 0) {
                out.add(rows.get(i));
            }
        }
        return out;
    }

    private static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
        return name;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
