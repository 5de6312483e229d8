package org.amparo.modules.internal;

import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.condition.Condition;

/** Registers one OSGi R8 {@link Condition} service per module that is on. */
final class OsgiConditionPublisher implements ConditionPublisher {
    private final BundleContext context;
    private final Map<String, ServiceRegistration<Condition>> registrations = new ConcurrentHashMap<>();

    OsgiConditionPublisher(BundleContext context) {
        this.context = context;
    }

    @Override
    public void publish(String conditionId) {
        registrations.computeIfAbsent(conditionId, id -> {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(Condition.CONDITION_ID, id);
            return context.registerService(Condition.class, Condition.INSTANCE, properties);
        });
    }

    @Override
    public void withdraw(String conditionId) {
        ServiceRegistration<Condition> registration = registrations.remove(conditionId);
        if (registration != null) {
            registration.unregister();
        }
    }

    @Override
    public void withdrawAll() {
        registrations.keySet().forEach(this::withdraw);
    }
}
