package org.amparo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The exported persistence API must not let a JDBC type (java.sql, javax.sql) reach its users. */
class ApiSignaturesTest {
    private static final List<Class<?>> API = List.of(Database.class, Transaction.class, TransactionWork.class,
            TransactionWork.Void.class, Row.class, RowMapper.class, AppliedMigration.class, PersistenceException.class,
            DuplicateKeyException.class);

    @Test
    void noJdbcTypeInAnyPublicSignature() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : API) {
            for (Method method : type.getMethods()) {
                Stream.concat(Stream.of(method.getGenericReturnType()), Stream.of(method.getGenericParameterTypes()))
                        .map(Type::getTypeName)
                        .filter(name -> name.contains("java.sql.") || name.contains("javax.sql."))
                        .forEach(name -> leaks.add(type.getSimpleName() + "." + method.getName() + ": " + name));
                Stream.of(method.getExceptionTypes()).map(Class::getName).filter(name -> name.startsWith("java.sql."))
                        .forEach(name -> leaks.add(type.getSimpleName() + "." + method.getName() + " throws " + name));
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getType().getName().startsWith("java.sql.")) {
                        leaks.add(type.getSimpleName() + "." + component.getName());
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void everyTypeOfTheExportedPackageIsCoveredHere() throws Exception {
        // a new API type must be added to the list above, so the check stays complete
        long listed = API.stream().filter(c -> c.getEnclosingClass() == null).count();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/org/amparo/persistence"))) {
            long sources = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".java") && !n.equals("package-info.java")).count();
            assertThat(listed).isEqualTo(sources);
        }
    }
}
