package org.amparo.persistence.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.amparo.persistence.Row;

/** A {@link Row} view of the current row of a JDBC result set. */
final class ResultSetRow implements Row {
    private final ResultSet rs;

    ResultSetRow(ResultSet rs) {
        this.rs = rs;
    }

    @Override
    public String getString(String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw JdbcTransaction.translate(e);
        }
    }

    @Override
    public long getLong(String column) {
        try {
            return rs.getLong(column);
        } catch (SQLException e) {
            throw JdbcTransaction.translate(e);
        }
    }

    @Override
    public long getLong(int column) {
        try {
            return rs.getLong(column);
        } catch (SQLException e) {
            throw JdbcTransaction.translate(e);
        }
    }

    @Override
    public Long getNullableLong(String column) {
        try {
            long value = rs.getLong(column);
            return rs.wasNull() ? null : value;
        } catch (SQLException e) {
            throw JdbcTransaction.translate(e);
        }
    }

    @Override
    public int getInt(String column) {
        try {
            return rs.getInt(column);
        } catch (SQLException e) {
            throw JdbcTransaction.translate(e);
        }
    }

    @Override
    public boolean getBoolean(String column) {
        try {
            return rs.getBoolean(column);
        } catch (SQLException e) {
            throw JdbcTransaction.translate(e);
        }
    }

    @Override
    public Instant getInstant(String column) {
        try {
            Timestamp ts = rs.getTimestamp(column);
            return ts == null ? null : ts.toInstant();
        } catch (SQLException e) {
            throw JdbcTransaction.translate(e);
        }
    }

    @Override
    public LocalDate getLocalDate(String column) {
        try {
            Date date = rs.getDate(column);
            return date == null ? null : date.toLocalDate();
        } catch (SQLException e) {
            throw JdbcTransaction.translate(e);
        }
    }

    @Override
    public byte[] getBytes(String column) {
        try {
            return rs.getBytes(column);
        } catch (SQLException e) {
            throw JdbcTransaction.translate(e);
        }
    }
}
