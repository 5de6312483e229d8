package org.amparo.persistence.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** A fresh in-memory Derby database per call, for component tests. */
public final class DerbyFixture {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private DerbyFixture() {
    }

    public static JdbcDatabase newDatabase() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:amparo-test-" + COUNTER.incrementAndGet() + "-" + System.nanoTime());
        ds.setCreateDatabase("create");
        return new JdbcDatabase(ds);
    }
}
