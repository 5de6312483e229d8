package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditOutcome;
import org.amparo.security.Role;
import org.junit.jupiter.api.Test;

class JacksonJsonProviderTest {
    private static final Annotation[] NONE = new Annotation[0];
    private final JacksonJsonProvider provider = new JacksonJsonProvider();

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Object read(Class<?> type, String json) throws IOException {
        return read(type, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Object read(Class<?> type, InputStream in) throws IOException {
        return provider.readFrom((Class) type, type, NONE, MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), in);
    }

    private String write(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.writeTo(value, value.getClass(), value.getClass(), NONE, MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static RestException restFailure(ThrowingRead read) {
        try {
            read.run();
        } catch (RestException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError("expected a RestException", e);
        }
        throw new AssertionError("expected a RestException, got nothing");
    }

    interface ThrowingRead {
        void run() throws IOException;
    }

    @Test
    void readsALoginRequestIncludingThePasswordAsCharacters() throws IOException {
        Dto.LoginRequest login = (Dto.LoginRequest) read(Dto.LoginRequest.class, "{\"username\":\"ana\",\"password\":\"s3cret-long-pw\"}");

        assertThat(login.username()).isEqualTo("ana");
        assertThat(login.password()).containsExactly("s3cret-long-pw".toCharArray());
        assertThat(login.toString()).doesNotContain("s3cret");
    }

    @Test
    void malformedJsonIs400MalformedJson() {
        for (String broken : List.of("{\"username\":", "{username: 'ana'}", "not json", "", "{} {}", "[1,2]",
                "{\"username\":\"a\",\"username\":\"b\"}")) {
            RestException e = restFailure(() -> read(Dto.LoginRequest.class, broken));
            assertThat(e.error()).as(broken).isIn(ErrorCode.MALFORMED_JSON, ErrorCode.INVALID_VALUE);
            assertThat(e.getResponse().getStatus()).isEqualTo(400);
        }
        assertThat(restFailure(() -> read(Dto.LoginRequest.class, "{\"username\":")).error()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(restFailure(() -> read(Dto.LoginRequest.class, "")).error()).isEqualTo(ErrorCode.MALFORMED_JSON);
    }

    @Test
    void anUnknownPropertyIs400NamingIt() {
        RestException e = restFailure(() -> read(Dto.LoginRequest.class, "{\"username\":\"ana\",\"password\":\"x\",\"admin\":true}"));

        assertThat(e.error()).isEqualTo(ErrorCode.UNKNOWN_PROPERTY);
        assertThat(e.getResponse().getStatus()).isEqualTo(400);
        assertThat(e.fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("admin");
            assertThat(f.messageKey()).isEqualTo("rest.field.unknownProperty");
        });
    }

    @Test
    void aWrongTypeIs400NamingTheField() {
        RestException e = restFailure(() -> read(Dto.NewUserRequest.class, "{\"username\":\"ana\",\"roles\":[\"CASEWORKER\",{\"x\":1}]}"));

        assertThat(e.error()).isEqualTo(ErrorCode.INVALID_VALUE);
        assertThat(e.fields()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("roles[1]"));
    }

    @Test
    void aBodyPastTheLimitWhileParsingIs413NotAParseError() {
        byte[] big = ("{\"username\":\"" + "a".repeat(2000) + "\"}").getBytes(StandardCharsets.UTF_8);

        RestException e = restFailure(() -> read(Dto.LoginRequest.class, new LimitedInputStream(new ByteArrayInputStream(big), 1000)));

        assertThat(e.error()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
        assertThat(e.getResponse().getStatus()).isEqualTo(413);
    }

    @Test
    void dtosRoundTrip() throws IOException {
        Dto.UserView user = Dto.UserView.of(Fakes.user("ana", Role.CASEWORKER, Role.SUPERVISOR), "DEMO-NGO", Fakes.NOW);
        Dto.AuditEntryView entry = Dto.AuditEntryView.of(new AuditEntry(3, Fakes.NOW, "ana", "auth.login", "user:ana",
                AuditOutcome.SUCCESS, "api", "abc"));
        Dto.PageOf<Dto.AuditEntryView> page = new Dto.PageOf<>(List.of(entry), 0, 50, 1L);
        Dto.ErrorBody error = new Dto.ErrorBody(new Dto.ErrorDetail("validation", "Bad.", List.of(new Dto.FieldMessage("limit",
                "rest.field.limit", "Must be ...")), null));

        assertThat(read(Dto.UserView.class, write(user))).isEqualTo(user);
        assertThat(read(Dto.AuditEntryView.class, write(entry))).isEqualTo(entry);
        assertThat(read(Dto.ErrorBody.class, write(error).replace(",\"incident\":null", ""))).isEqualTo(error);
        JsonNode pageJson = JacksonJsonProvider.MAPPER.readTree(write(page));
        assertThat(pageJson.get("items").get(0).get("at").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(pageJson.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void usersAreWrittenWithIsoTimesAndRoleNamesAndNothingSecret() throws IOException {
        JsonNode json = JacksonJsonProvider.MAPPER.readTree(write(Dto.UserView.of(Fakes.user("ana", Role.SYSTEM_ADMIN), "X", Fakes.NOW)));

        assertThat(json.get("createdAt").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(json.get("roles").get(0).asText()).isEqualTo("SYSTEM_ADMIN");
        assertThat(json.get("lockedUntil").isNull()).isTrue();
        assertThat(json.fieldNames()).toIterable().doesNotContain("password", "passwordHash", "token");
    }

    @Test
    void anErrorWithoutIncidentHasNoIncidentProperty() throws IOException {
        String json = write(new Dto.ErrorBody(new Dto.ErrorDetail("notFound", "No.", List.of(), null)));

        assertThat(json).isEqualTo("{\"error\":{\"code\":\"notFound\",\"message\":\"No.\",\"fields\":[]}}");
    }

    @Test
    void leavesStringsBytesAndOtherMediaTypesToOtherProviders() {
        assertThat(provider.isWriteable(String.class, String.class, NONE, MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(provider.isWriteable(byte[].class, byte[].class, NONE, MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(provider.isWriteable(Dto.Health.class, Dto.Health.class, NONE, MediaType.TEXT_HTML_TYPE)).isFalse();
        assertThat(provider.isWriteable(Dto.Health.class, Dto.Health.class, NONE, MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(provider.isReadable(Dto.LoginRequest.class, Dto.LoginRequest.class, NONE,
                MediaType.valueOf("application/merge-patch+json"))).isTrue();
        assertThat(provider.isReadable(String.class, String.class, NONE, MediaType.APPLICATION_JSON_TYPE)).isFalse();
    }

    @Test
    void doesNotCloseTheRequestOrResponseStream() throws IOException {
        boolean[] closed = { false };
        InputStream in = new ByteArrayInputStream("{\"username\":\"a\",\"password\":\"b\"}".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        read(Dto.LoginRequest.class, in);

        assertThat(closed[0]).isFalse();
        assertThatThrownBy(() -> read(Dto.Health.class, "{\"status\":1,\"database\":\"UP\",\"version\":\"1\",\"x\":2}"))
                .isInstanceOf(RestException.class);
    }
}
