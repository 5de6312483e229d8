package org.amparo.persistence;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Work done with a {@link Transaction}.
 *
 * @since 1.0
 */
@ConsumerType
@FunctionalInterface
public interface TransactionWork<T> {
    T execute(Transaction tx);

    /** Work that returns nothing. */
    @ConsumerType
    @FunctionalInterface
    interface Void {
        void execute(Transaction tx);
    }
}
