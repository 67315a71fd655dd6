package io.sasil.common.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

    @Test
    void connectionFailuresAnywhereInTheCausesAreUnavailable() {
        assertTrue(UnexpectedExceptionMapper.databaseUnavailable(
                new RuntimeException("tx", new SQLException("Connection refused", "08001"))));
        assertTrue(UnexpectedExceptionMapper.databaseUnavailable(
                new IllegalStateException(new RuntimeException(new SQLException("terminating connection", "57P01")))));
        assertTrue(UnexpectedExceptionMapper.databaseUnavailable(new SQLTransientConnectionException("pool")));
        assertTrue(UnexpectedExceptionMapper.databaseUnavailable(
                new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void otherSqlErrorsAreNot() {
        assertFalse(UnexpectedExceptionMapper.databaseUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(UnexpectedExceptionMapper.databaseUnavailable(new SQLException("syntax", "42601")));
        assertFalse(UnexpectedExceptionMapper.databaseUnavailable(new IllegalArgumentException("bad")));
    }
}
