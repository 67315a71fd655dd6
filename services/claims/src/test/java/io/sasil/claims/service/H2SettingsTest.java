package io.sasil.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sasil.claims.rest.GlossaryStub;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The H2 settings every service shares ({@code sasil.h2.settings} in common's configuration, expanded inside each
 * service's {@code sasil.jdbc-url.h2}) reach the database this service opens: the compaction rate it is configured
 * with, and PostgreSQL's dialect. Skipped on the PostgreSQL build.
 */
@QuarkusTest
@QuarkusTestResource(GlossaryStub.class)
class H2SettingsTest {

    /** H2's own default; the configured rate must differ from it, or this test could not tell it was applied. */
    private static final int H2_DEFAULT_FILL_RATE = 90;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "sasil.h2.auto-compact-fill-rate")
    int fillRate;

    @Test
    void theSharedSettingsReachTheDatabase() throws SQLException {
        assumeTrue("h2".equals(dbKind), "H2 only");
        assertNotEquals(H2_DEFAULT_FILL_RATE, fillRate);
        try (Connection c = dataSource.getConnection()) {
            assertEquals(String.valueOf(fillRate), setting(c, "AUTO_COMPACT_FILL_RATE"));
            assertEquals("PostgreSQL", setting(c, "MODE"));
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT setting_value FROM information_schema.settings WHERE setting_name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
