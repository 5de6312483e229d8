package org.amparo.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.amparo.persistence.DuplicateKeyException;
import org.amparo.persistence.PersistenceException;
import org.amparo.persistence.RowMapper;
import org.amparo.persistence.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transaction on one connection: binds parameters, maps rows, and turns SQL failures into
 * {@link PersistenceException}s that carry the SQL state but never the database's message (which
 * may quote personal data).
 */
final class JdbcTransaction implements Transaction {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcTransaction.class);
    private static final int BATCH_SIZE = 1000;
    private final Connection connection;

    JdbcTransaction(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public int update(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    @Override
    public int batch(String sql, List<Object[]> rows) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int changed = 0;
            int pending = 0;
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
                if (++pending == BATCH_SIZE) {
                    changed += sum(statement.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                changed += sum(statement.executeBatch());
            }
            return changed;
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }

    @Override
    public long insertReturningKey(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new PersistenceException("error.database.noGeneratedKey");
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                ResultSetRow row = new ResultSetRow(rs);
                while (rs.next()) {
                    rows.add(mapper.map(row));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs a statement without parameters (migrations). */
    void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            int index = i + 1;
            Object value = parameters[i];
            if (value == null) {
                int type;
                try {
                    type = statement.getParameterMetaData().getParameterType(index);
                } catch (SQLException e) {
                    type = Types.VARCHAR;
                }
                statement.setNull(index, type);
            } else if (value instanceof String s) {
                statement.setString(index, s);
            } else if (value instanceof Integer n) {
                statement.setInt(index, n);
            } else if (value instanceof Long n) {
                statement.setLong(index, n);
            } else if (value instanceof Boolean b) {
                statement.setBoolean(index, b);
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(index, Timestamp.from(instant));
            } else if (value instanceof LocalDate date) {
                statement.setDate(index, java.sql.Date.valueOf(date));
            } else if (value instanceof byte[] bytes) {
                statement.setBytes(index, bytes);
            } else if (value instanceof Enum<?> e) {
                statement.setString(index, e.name());
            } else {
                throw new IllegalArgumentException("Unsupported parameter type " + value.getClass().getName() + " at position " + index);
            }
        }
    }

    static PersistenceException translate(SQLException e) {
        String state = e.getSQLState() == null ? "none" : e.getSQLState();
        if ("23505".equals(state)) {
            return new DuplicateKeyException();
        }
        // The SQL state and error code identify the failure; the message may quote stored values.
        LOG.warn("Database failure: SQL state {}, error code {}", state, e.getErrorCode());
        return new PersistenceException("error.database.failure", state);
    }
}
