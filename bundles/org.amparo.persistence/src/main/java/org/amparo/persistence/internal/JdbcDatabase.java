package org.amparo.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.amparo.persistence.AppliedMigration;
import org.amparo.persistence.Database;
import org.amparo.persistence.PersistenceException;
import org.amparo.persistence.TransactionWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Database} service over the platform's pax-jdbc DataSource (the one registered with
 * {@code dataSourceName=amparo}; configuration PID {@code org.amparo.persistence}, property
 * {@code dataSource.target}, selects another). Transactions are bound to the calling thread so
 * that nested work joins the outer transaction.
 */
@Component(service = Database.class, configurationPid = "org.amparo.persistence")
public final class JdbcDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDatabase.class);

    private final DataSource dataSource;
    private final ThreadLocal<JdbcTransaction> current = new ThreadLocal<>();
    private final Migrator migrator;

    @Activate
    public JdbcDatabase(@Reference(name = "dataSource", target = "(dataSourceName=amparo)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.migrator = new Migrator(this);
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        JdbcTransaction outer = current.get();
        if (outer != null) {
            return work.execute(outer);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            JdbcTransaction tx = new JdbcTransaction(connection);
            current.set(tx);
            try {
                T result = work.execute(tx);
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection);
                throw e;
            } finally {
                current.remove();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw JdbcTransaction.translate(e);
        }
    }

    @Override
    public int migrate(String schema, Class<?> owner) {
        return migrator.migrate(schema, owner);
    }

    @Override
    public List<AppliedMigration> history(String schema) {
        return migrator.history(schema);
    }

    @Override
    public String product() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw JdbcTransaction.translate(e);
        }
    }

    /** The lower-case database product name: {@code apache derby} or {@code postgresql}. */
    String productName() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        } catch (SQLException e) {
            throw JdbcTransaction.translate(e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback failed (SQL state {})", e.getSQLState());
        }
    }

    static PersistenceException failure(String key, Object... arguments) {
        return new PersistenceException(key, arguments);
    }
}
