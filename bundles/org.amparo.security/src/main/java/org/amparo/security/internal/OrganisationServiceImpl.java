package org.amparo.security.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.amparo.persistence.DuplicateKeyException;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link OrganisationService}: validates, stores and audits ({@code org.create}, target
 * {@code org:<code>}) organisations in the {@code security} schema.
 */
@Component(service = OrganisationService.class)
public final class OrganisationServiceImpl implements OrganisationService {
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");
    static final int MAX_NAME = 200;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final SecurityStore store;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public OrganisationServiceImpl(@Reference(name = "store") SecurityStore store,
            @Reference(name = "audit") AuditLog audit) {
        this(store, audit, Clock.systemUTC());
    }

    OrganisationServiceImpl(SecurityStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Organisation create(String code, String name, String country, boolean demo, String actor) {
        String cleanName = name == null ? "" : name.strip();
        String cleanCountry = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "security.org.code.invalid"));
        }
        if (!validName(cleanName)) {
            errors.add(new FieldError("name", "security.org.name.invalid", MAX_NAME));
        }
        if (!cleanCountry.isEmpty() && !COUNTRY.matcher(cleanCountry).matches()) {
            errors.add(new FieldError("country", "security.org.country.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            return store.inTransaction(tx -> {
                long id = store.insertOrganisation(tx, code, cleanName, cleanCountry, demo, clock.instant());
                audit.record(AuditEvent.success(actor, "org.create", "org:" + code, demo ? "demo" : ""));
                return new Organisation(id, code, cleanName, cleanCountry, demo);
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("security.org.exists", code);
        }
    }

    @Override
    public Optional<Organisation> find(long id) {
        return store.inTransaction(tx -> store.findOrganisation(tx, id));
    }

    @Override
    public Optional<Organisation> findByCode(String code) {
        return store.inTransaction(tx -> store.findOrganisationByCode(tx, code));
    }

    @Override
    public List<Organisation> list(int offset, int limit) {
        Pages.check(offset, limit);
        return store.inTransaction(tx -> store.listOrganisations(tx, offset, limit));
    }

    static boolean validName(String name) {
        return !name.isEmpty() && name.length() <= MAX_NAME && name.codePoints().noneMatch(Character::isISOControl);
    }

    /**
     * A code derived from a name: accents dropped, upper case, runs of anything but A–Z and 0–9
     * turned into one hyphen, at most 30 characters; {@code ORG} when nothing Latin is left
     * (e.g. a name in Arabic script).
     */
    static String deriveCode(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        String code = plain.replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (code.length() > 30) {
            code = code.substring(0, 30).replaceAll("-+$", "");
        }
        return CODE.matcher(code).matches() ? code : "ORG";
    }
}
