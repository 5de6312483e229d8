package org.amparo.modules.internal;

/** Registers and withdraws the condition of a module that is on. */
interface ConditionPublisher {
    void publish(String conditionId);

    void withdraw(String conditionId);

    void withdrawAll();
}
